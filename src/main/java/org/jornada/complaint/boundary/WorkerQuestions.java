package org.jornada.complaint.boundary;

import java.util.List;
import java.util.Locale;

/**
 * Questions another feature puts to the worker on {@code /follow-up}, answered yes or no (the
 * escalation feature asks whether an authority may get the worker's name). Implemented there, so
 * that the follow-up does not depend on it.
 */
public interface WorkerQuestions {

    /** A question as the worker reads it: plain words in their language. */
    record Question(long id, String authority, String text, String yesMeans, String noMeans) {
    }

    /** The questions of this case still waiting for an answer. */
    List<Question> waiting(long complaintId, Locale locale);

    /** Records the answer; false when there is no such question for this case or it was answered. */
    boolean answer(long complaintId, long questionId, boolean yes);
}
