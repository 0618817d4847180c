package org.jornada.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Small classes and short methods (docs/architecture.md, "Size"): no class of {@code src/main/java}
 * over 300 lines and no method over 60, unless a {@code // size:} comment at its top says why it
 * must stay whole.
 */
class SourceSizeTest {

    static final int CLASS_LINES = 300;
    static final int METHOD_LINES = 60;

    private static final Path MAIN = Path.of("src/main/java");

    @Test
    void noClassIsLongerThan300LinesWithoutSayingWhy() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            long lines = source.lines().count();
            if (lines > CLASS_LINES && !SourceSizes.typeJustified(source)) {
                tooLong.add(MAIN.relativize(file) + " (" + lines + " lines)");
            }
        }
        assertEquals(List.of(), tooLong, "split these classes, or say why at their top with " + SourceSizes.MARKER);
    }

    @Test
    void noMethodIsLongerThan60LinesWithoutSayingWhy() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path file : sources()) {
            for (SourceSizes.Method m : SourceSizes.methods(Files.readString(file))) {
                if (m.lines() > METHOD_LINES && !m.justified()) {
                    tooLong.add(MAIN.relativize(file) + ":" + m.line() + " " + m.name() + " (" + m.lines() + " lines)");
                }
            }
        }
        assertEquals(List.of(), tooLong, "split these methods, or say why at their top with " + SourceSizes.MARKER);
    }

    @Test
    void measuresMethodsPastBracesInCommentsStringsAndTextBlocks() {
        String source = """
                class A {
                    /** a brace in a comment { */
                    int[] numbers = {1, 2};
                    void first() {
                        String s = "}{";
                        char c = '}';
                        String t = \"""
                            } text block {
                            \""";
                        Runnable r = () -> {
                            System.out.println(s);
                        };
                        if (s.isEmpty()) {
                            new Object() {
                                int inner() {
                                    return 1;
                                }
                            };
                        }
                    }

                    // size: a table of cases read as one
                    void second() {
                    }

                    record R(int a) {
                        R {
                            // size: the checks read together
                        }
                    }
                }
                """;
        List<SourceSizes.Method> methods = SourceSizes.methods(source);
        assertEquals(List.of("inner", "first", "second", "R"), methods.stream().map(SourceSizes.Method::name).toList());
        assertEquals(17, methods.get(1).lines());
        assertFalse(methods.get(1).justified());
        assertTrue(methods.get(2).justified(), "a marker above the method");
        assertTrue(methods.get(3).justified(), "a marker right inside the brace");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
