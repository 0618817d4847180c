package org.jornada.escalation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentRequestTest {

    private static final long OFFICE = 7;
    private static final long OTHER = 8;

    private static ConsentRequest answered(long authority, ConsentRequest.Answer answer, long second) {
        ConsentRequest request = new ConsentRequest(1, authority, 99, Instant.ofEpochSecond(second - 1));
        request.answer(answer, Instant.ofEpochSecond(second));
        return request;
    }

    @Test
    void theWorkersLatestAnswerForAnAuthorityCountsAndANoAfterAYesWins() {
        List<ConsentRequest> asked = List.of(answered(OFFICE, ConsentRequest.Answer.YES, 10),
                answered(OFFICE, ConsentRequest.Answer.NO, 20));
        assertFalse(ConsentRequest.saidYes(asked, OFFICE));
        assertEquals(ConsentRequest.Answer.NO, ConsentRequest.decisive(asked, OFFICE).orElseThrow().getAnswer());
        assertTrue(ConsentRequest.saidYes(List.of(answered(OFFICE, ConsentRequest.Answer.NO, 10),
                answered(OFFICE, ConsentRequest.Answer.YES, 30)), OFFICE), "a yes again");
    }

    @Test
    void aQuestionStillWaitingChangesNothingAndAnotherAuthoritysYesIsNoYesHere() {
        ConsentRequest waiting = new ConsentRequest(1, OFFICE, 99, Instant.ofEpochSecond(40));
        List<ConsentRequest> asked = List.of(answered(OFFICE, ConsentRequest.Answer.YES, 10), waiting,
                answered(OTHER, ConsentRequest.Answer.YES, 50));
        assertTrue(ConsentRequest.saidYes(asked, OFFICE), "the yes stands until the worker answers again");
        assertFalse(ConsentRequest.saidYes(List.of(answered(OTHER, ConsentRequest.Answer.YES, 50)), OFFICE));
        assertTrue(ConsentRequest.decisive(List.of(waiting), OFFICE).isEmpty(), "never answered");
    }

    @Test
    void anAnswerIsGivenOnce() {
        ConsentRequest request = answered(OFFICE, ConsentRequest.Answer.YES, 10);
        assertFalse(request.answer(ConsentRequest.Answer.NO, Instant.ofEpochSecond(20)));
        assertEquals(ConsentRequest.Answer.YES, request.getAnswer());
    }
}
