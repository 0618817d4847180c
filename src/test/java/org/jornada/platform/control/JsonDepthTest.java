package org.jornada.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonDepthTest {

    private static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String objects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    @Test
    void exactlyAtTheLimitPassesAndOneLevelMoreIsRefused() {
        assertTrue(JsonDepth.within(arrays(JsonDepth.MAX), JsonDepth.MAX));
        assertFalse(JsonDepth.within(arrays(JsonDepth.MAX + 1), JsonDepth.MAX));
        assertTrue(JsonDepth.within(objects(JsonDepth.MAX), JsonDepth.MAX));
        assertFalse(JsonDepth.within(objects(JsonDepth.MAX + 1), JsonDepth.MAX));
        assertTrue(JsonDepth.within("{\"a\":[{\"b\":[1,2]},{\"c\":{}}]}", 4));
        assertFalse(JsonDepth.within("{\"a\":[{\"b\":[[1],2]},{\"c\":{}}]}", 4));
    }

    @Test
    void depthIsTheDeepestPointNotTheNumberOfBrackets() {
        String wide = "[" + "[],".repeat(10_000) + "[]]";
        assertTrue(JsonDepth.within(wide, 2), "ten thousand siblings nest two deep");
    }

    @Test
    void bracketsInsideStringsDoNotCount() {
        String text = "{\"narrative\":\"" + "[{".repeat(1000) + "\"}";
        assertTrue(JsonDepth.within(text, 1));
        assertTrue(JsonDepth.within("[\"]]]]\",\"[[[[\"]", 1));
    }

    @Test
    void anEscapedQuoteDoesNotEndTheString() {
        assertTrue(JsonDepth.within("{\"a\":\"say \\\"[[[[\\\" twice\"}", 1));
        // an escaped backslash does end it: the brackets after the closing quote count
        assertFalse(JsonDepth.within("{\"a\":\"c:\\\\\",\"b\":[[[1]]]}", 3));
        assertTrue(JsonDepth.within("{\"a\":\"c:\\\\\",\"b\":[[[1]]]}", 4));
        assertTrue(JsonDepth.within("[\"\\u005b\\\\\\\"[\"]", 1), "escapes of every kind inside one string");
    }

    @Test
    void aBodyNestedOneHundredThousandDeepIsRefusedAtTheFirstLevelPastTheLimit() {
        String deep = arrays(100_000);
        assertFalse(JsonDepth.within(deep, JsonDepth.MAX));
        assertFalse(JsonDepth.within(deep.getBytes(StandardCharsets.UTF_8), JsonDepth.MAX));
    }

    @Test
    void bytesAreReadInTheEncodingTheParserFinds() {
        String text = "{\"t\":\"ñ[[[[ü\",\"a\":" + arrays(3) + "}";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE, Charset.forName("UTF-32BE"), Charset.forName("UTF-32LE")}) {
            byte[] bytes = text.getBytes(charset);
            assertEquals(charset, JsonDepth.encodingOf(bytes), charset.name());
            assertTrue(JsonDepth.within(bytes, 4), charset.name());
            assertFalse(JsonDepth.within(bytes, 3), charset.name());
        }
        // UTF-16 text whose characters have a quote or a bracket as one of their bytes (U+225B, U+5B22)
        byte[] tricky = ("[\"\u225B\u5B22\"]").getBytes(StandardCharsets.UTF_16BE);
        assertTrue(JsonDepth.within(tricky, 1));
    }

    @Test
    void theStreamPassesEveryByteOfAShallowBodyUnchanged() throws IOException {
        byte[] body = ("{\"a\":\"[[[\"," + "\"b\":" + arrays(JsonDepth.MAX - 1) + "}").getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new JsonDepth.LimitedStream(new ByteArrayInputStream(body), JsonDepth.MAX)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void theStreamFailsOnTheReadThatGoesTooDeepWithoutReadingTheRest() {
        byte[] body = arrays(100_000).getBytes(StandardCharsets.UTF_8);
        ByteArrayInputStream source = new ByteArrayInputStream(body);
        InputStream in = new JsonDepth.LimitedStream(source, JsonDepth.MAX);
        IOException refused = assertThrows(IOException.class, () -> {
            byte[] buffer = new byte[16];
            while (in.read(buffer) >= 0) {
                // reading on
            }
        });
        assertTrue(JsonDepth.isTooDeep(refused));
        assertTrue(JsonDepth.isTooDeep(new UncheckedIOException(new JsonDepth.TooDeepException())), "found among the causes");
        assertTrue(source.available() > body.length - 100, "stopped at the limit, not at the end");
        assertThrows(JsonDepth.TooDeepException.class, () -> new JsonDepth.LimitedStream(new ByteArrayInputStream(
                arrays(JsonDepth.MAX + 1).getBytes(StandardCharsets.UTF_8)), JsonDepth.MAX).read(new byte[1000], 0, 1000));
    }

    @Test
    void closingMoreThanWasOpenedDoesNotBuyDepth() {
        assertFalse(JsonDepth.within("]]]]]]" + arrays(3), 2));
    }
}
