package org.jornada.platform;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Measures a Java source by its text, without a parser: comments, strings, text blocks and char
 * literals are blanked first (newlines kept, so line numbers stay), then the braces are followed.
 * A block directly inside a type's body that is neither a type nor an initialised field (no
 * {@code =}, no {@code ->}) is a method, a constructor or an initializer; its length runs from the
 * line of its opening brace to the line of its closing one. A type or method says why it must stay
 * whole with a line comment starting {@code // size:} between the end of the member before it and
 * its opening brace, or on the lines right inside the brace (docs/architecture.md, "Size").
 */
final class SourceSizes {

    static final String MARKER = "// size:";

    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w|@interface\\b|\\bnew\\s+[\\w.<>\\[\\], ?]+\\([^;]*\\)\\s*$");
    private static final Pattern TOP_TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w+[^{]*\\{");
    private static final Pattern CONTROL = Pattern.compile("^(if|else|for|while|do|switch|try|catch|finally|synchronized|case|default)\\b");
    private static final Pattern NAME = Pattern.compile("(\\w+)\\s*(<[^()]*>)?\\s*\\([^()]*(\\([^()]*\\)[^()]*)*\\)\\s*(throws[\\w\\s.,]+)?$");

    /** One method (or constructor, or initializer) and its length in lines. */
    record Method(String name, int line, int lines, boolean justified) {
    }

    private SourceSizes() {
    }

    /** Whether the source's top type says why it is long: a {@code // size:} comment above its opening brace or right inside it. */
    static boolean typeJustified(String source) {
        var type = TOP_TYPE.matcher(blank(source));
        return type.find() && justified(source, 0, type.end() - 1);
    }

    static List<Method> methods(String source) {
        String code = blank(source);
        List<Method> found = new ArrayList<>();
        Deque<Character> kinds = new ArrayDeque<>(); // 't' type body, 'm' method body, 'o' other block
        Deque<int[]> opened = new ArrayDeque<>(); // {offset of the brace, offset where its header began}
        int headerStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                String header = code.substring(headerStart, i).strip();
                char kind = CONTROL.matcher(header).find() ? 'o'
                        : TYPE.matcher(header).find() ? 't'
                        : kinds.isEmpty() || kinds.peek() != 't' || header.contains("=") || header.contains("->") ? 'o'
                        : 'm';
                kinds.push(kind);
                opened.push(new int[] {i, headerStart});
                headerStart = i + 1;
            } else if (c == '}') {
                if (kinds.isEmpty()) {
                    throw new IllegalArgumentException("unbalanced braces at line " + lineOf(code, i));
                }
                char kind = kinds.pop();
                int[] at = opened.pop();
                if (kind == 'm') {
                    int first = lineOf(code, at[0]);
                    found.add(new Method(nameOf(code.substring(at[1], at[0]).strip()), first,
                            lineOf(code, i) - first + 1, justified(source, at[1], at[0])));
                }
                headerStart = i + 1;
            } else if (c == ';') {
                headerStart = i + 1;
            }
        }
        if (!kinds.isEmpty()) {
            throw new IllegalArgumentException("unbalanced braces: " + kinds.size() + " left open");
        }
        return found;
    }

    /** A marker between {@code from} and the brace at {@code open}, or on the comment lines right after it. */
    private static boolean justified(String source, int from, int open) {
        if (source.substring(from, open).contains(MARKER)) {
            return true;
        }
        int lineEnd = source.indexOf('\n', open);
        while (lineEnd >= 0) {
            int next = source.indexOf('\n', lineEnd + 1);
            String line = source.substring(lineEnd + 1, next < 0 ? source.length() : next).strip();
            if (line.startsWith(MARKER)) {
                return true;
            }
            if (!line.isEmpty() && !line.startsWith("//")) {
                return false;
            }
            lineEnd = next;
        }
        return false;
    }

    private static String nameOf(String header) {
        var m = NAME.matcher(header);
        if (m.find()) {
            return m.group(1);
        }
        String[] words = header.split("\\s+");
        return words.length == 0 || words[words.length - 1].isEmpty() ? "(initializer)" : words[words.length - 1];
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The source with every comment and literal's content replaced by spaces (newlines kept). */
    static String blank(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                i = blankUntil(s, out, i, s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i));
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = blankUntil(s, out, i, end < 0 ? s.length() : end + 2);
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && escaped(s, end)) {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                i = blankUntil(s, out, i, end < 0 ? s.length() : end + 3);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\n') {
                    end += s.charAt(end) == '\\' ? 2 : 1;
                }
                i = blankUntil(s, out, i, Math.min(end + 1, s.length()));
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean escaped(String s, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static int blankUntil(String s, StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.append(s.charAt(i) == '\n' ? '\n' : ' ');
        }
        return to;
    }
}
