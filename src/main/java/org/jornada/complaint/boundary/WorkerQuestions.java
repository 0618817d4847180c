package org.jornada.complaint.boundary;

import java.util.List;
import java.util.Locale;

/**
 * Questions another feature puts to the worker on {@code /follow-up}, answered yes or no (the
 * escalation feature asks whether an authority may get the worker's name), and the yeses the worker
 * may take back at any time. Implemented there, so that the follow-up does not depend on it.
 */
public interface WorkerQuestions {

    /** A question as the worker reads it: plain words in their language. */
    record Question(long id, String authority, String text, String yesMeans, String noMeans) {
    }

    /** The questions of this case still waiting for an answer. */
    List<Question> waiting(long complaintId, Locale locale);

    /** Records the answer; false when there is no such question for this case or it was answered. */
    boolean answer(long complaintId, long questionId, boolean yes);

    /** A yes the worker gave that still counts, which they may take back: to whom, and in plain words. */
    record Given(long authorityId, String authority, String text) {
    }

    /** The worker's yeses that still count on this case. */
    List<Given> given(long complaintId, Locale locale);

    /**
     * The worker takes back their yes for one authority, without being asked: recorded as their
     * latest answer, a no, with everything a no changes. False when no yes for it counts.
     */
    boolean withdraw(long complaintId, long authorityId);
}
