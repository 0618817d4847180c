package org.jornada.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ByteRangeTest {

    @Test
    void readsAClosedRange() {
        ByteRange r = ByteRange.of("bytes=0-99", 1000).orElseThrow();
        assertEquals("bytes 0-99/1000", r.contentRange());
        assertEquals(100, r.length());
        assertTrue(r.fromStart());
    }

    @Test
    void readsAnOpenRangeToTheEnd() {
        ByteRange r = ByteRange.of("bytes=100-", 1000).orElseThrow();
        assertEquals("bytes 100-999/1000", r.contentRange());
        assertEquals(900, r.length());
    }

    @Test
    void readsTheLastBytes() {
        assertEquals("bytes 900-999/1000", ByteRange.of("bytes=-100", 1000).orElseThrow().contentRange());
        assertEquals("bytes 0-999/1000", ByteRange.of("bytes=-5000", 1000).orElseThrow().contentRange());
    }

    @Test
    void clampsAnEndPastTheFile() {
        assertEquals("bytes 500-999/1000", ByteRange.of("bytes=500-70000", 1000).orElseThrow().contentRange());
    }

    @Test
    void refusesARangeThatStartsPastTheEnd() {
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.of("bytes=1000-", 1000));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.of("bytes=-0", 1000));
    }

    @Test
    void answersTheWholeFileForNoneSeveralOrUnreadableRanges() {
        assertTrue(ByteRange.of(null, 1000).isEmpty());
        assertTrue(ByteRange.of("bytes=0-1,5-6", 1000).isEmpty());
        assertTrue(ByteRange.of("items=0-1", 1000).isEmpty());
        assertTrue(ByteRange.of("bytes=50-10", 1000).isEmpty());
        assertTrue(ByteRange.of("bytes=-", 1000).isEmpty());
    }
}
