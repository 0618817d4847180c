package org.jornada.evidence.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.jornada.evidence.entity.EvidenceRole;
import org.junit.jupiter.api.Test;

/**
 * With no {@code JORNADA_TRANSCRIBE_URL}, nothing leaves the portal: a stored recording gets no
 * row and a run sends nothing. The beans here have no database, no lease and no server (all
 * null): touching any of them would fail, so passing proves none is touched. The suite's
 * deployment has the setting on (VoiceStoryIT proves that side end to end).
 */
class TranscriptionsOffTest {

    @Test
    void aRecordingStoredWithoutAServerGetsNoRow() {
        TranscriptBook book = new TranscriptBook();
        assertFalse(book.queue(new EvidenceStored(1, 2, "audio/ogg", EvidenceRole.STORY), Optional.empty()));
        assertFalse(book.queue(new EvidenceStored(1, 2, "audio/mp4", EvidenceRole.MESSAGE), Optional.empty()));
    }

    @Test
    void aRunWithoutAServerSendsNothing() {
        assertFalse(new Transcriptions().run(Optional.empty()));
    }

    @Test
    void aPhotoIsNeverQueuedEvenWithAServer() {
        assertFalse(new TranscriptBook().queue(new EvidenceStored(1, 2, "image/jpeg", EvidenceRole.EVIDENCE),
                Optional.of("http://127.0.0.1:9/inference")));
    }
}
