package org.jornada;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@link ArchitectureTest} needs to see tables, which ArchUnit cannot (they are strings): the
 * owners declared in docs/architecture.md, the tables the Flyway migrations create, and the tables
 * a Java source names in its SQL or JPQL. A source's text is read as its string literals and text
 * blocks (comments and code left out), joined per statement, because a query is often written as
 * several literals added together; a table counts as named only right after {@code FROM} (with the
 * tables listed after it), {@code JOIN}, {@code UPDATE}, {@code INTO} or {@code TABLE}, written in
 * capitals as every query here is, so a message key or a sentence that mentions a table's word is
 * no hit. A JPQL entity name stands for its entity's table.
 */
final class SqlTables {

    /** The owner written for a table that belongs to no room (Flyway's own history). */
    static final String NOBODY = "—";

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\| (?:`([a-z]+)`|—)[^|]* \\|$");
    private static final Pattern NAMED = Pattern.compile(
            "\\b(FROM|JOIN|UPDATE|INTO|TABLE)\\s+`?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern FROM_LIST_END = Pattern.compile("\\b(WHERE|JOIN|LEFT|RIGHT|INNER|OUTER|CROSS|"
            + "NATURAL|GROUP|ORDER|HAVING|LIMIT|UNION|EXCEPT|INTERSECT|ON|SET|FOR|WINDOW)\\b|[();]");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*`?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern CREATED = Pattern.compile(
            "(?i)\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([a-z0-9_]+)");
    private static final Pattern RENAMED = Pattern.compile("(?i)\\b(?:ALTER\\s+TABLE\\s+`?([a-z0-9_]+)`?\\s+RENAME"
            + "\\s+TO|RENAME\\s+TABLE\\s+`?([a-z0-9_]+)`?\\s+TO)\\s+`?([a-z0-9_]+)");
    private static final Pattern DROPPED = Pattern.compile(
            "(?i)\\bDROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?`?([a-z0-9_]+)");
    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");

    private SqlTables() {
    }

    /** The table under "## Tables and their rooms": table → its room, or {@link #NOBODY}. */
    static Map<String, String> owners(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        int start = lines.indexOf("## Tables and their rooms");
        if (start < 0) {
            throw new AssertionError("docs/architecture.md has no \"Tables and their rooms\" section");
        }
        Map<String, String> owners = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                owners.put(row.group(1), row.group(2) == null ? NOBODY : row.group(2));
            }
        }
        return owners;
    }

    /**
     * The tables there are once every migration ran, in version order: the SQL files of
     * {@code folder}, then what the Java migrations' texts create (they are few and create
     * nothing today, so their order does not matter).
     */
    static Set<String> createdByMigrations(Path folder, List<String> javaMigrationSources) {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> sql = files.filter(f -> VERSION.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(SqlTables::version)).toList();
            for (Path file : sql) {
                apply(withoutComments(Files.readString(file)), tables);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        javaMigrationSources.forEach(source -> statements(source).forEach(text -> apply(text, tables)));
        return tables;
    }

    private static int version(Path file) {
        Matcher m = VERSION.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)--.*$", " ");
    }

    private static void apply(String sql, Set<String> tables) {
        CREATED.matcher(sql).results().forEach(m -> tables.add(m.group(1).toLowerCase()));
        RENAMED.matcher(sql).results().forEach(m -> {
            tables.remove((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase());
            tables.add(m.group(3).toLowerCase());
        });
        DROPPED.matcher(sql).results().forEach(m -> tables.remove(m.group(1).toLowerCase()));
    }

    /**
     * The tables this Java source's SQL and JPQL name: words after the keywords that are a table
     * of {@code tables}, or the name of an entity of {@code entityTables} (entity name → table).
     */
    static Set<String> named(String javaSource, Map<String, String> entityTables, Set<String> tables) {
        Set<String> named = new TreeSet<>();
        for (String text : statements(javaSource)) {
            Matcher m = NAMED.matcher(text);
            while (m.find()) {
                List<String> words = new ArrayList<>(List.of(m.group(2)));
                if (m.group(1).equals("FROM")) {
                    words.addAll(fromList(text.substring(m.end())));
                }
                for (String word : words) {
                    String table = entityTables.containsKey(word) ? entityTables.get(word) : word.toLowerCase();
                    if (tables.contains(table)) {
                        named.add(table);
                    }
                }
            }
        }
        return named;
    }

    /** The further tables of {@code FROM a x, b y}: the first word of each part after a comma. */
    private static List<String> fromList(String rest) {
        Matcher end = FROM_LIST_END.matcher(rest);
        String list = end.find() ? rest.substring(0, end.start()) : rest;
        List<String> words = new ArrayList<>();
        String[] parts = list.split(",");
        for (int i = 1; i < parts.length; i++) {
            Matcher name = LEADING_NAME.matcher(parts[i]);
            if (name.find()) {
                words.add(name.group(1));
            }
        }
        return words;
    }

    /**
     * The string literals and text blocks of a Java source, those of one statement (up to a
     * {@code ;}, <code>{</code> or <code>}</code> outside them) joined by a space; comments, character
     * literals and code are left out. Escapes are kept as written.
     */
    static List<String> statements(String source) {
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                statement.append(source, i + 3, end).append(' ');
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i + 1, String.valueOf(c));
                if (c == '"') {
                    statement.append(source, i + 1, end).append(' ');
                }
                i = end + 1;
            } else {
                if ((c == ';' || c == '{' || c == '}') && !statement.isEmpty()) {
                    statements.add(statement.toString());
                    statement.setLength(0);
                }
                i++;
            }
        }
        if (!statement.isEmpty()) {
            statements.add(statement.toString());
        }
        return statements;
    }

    /** Where the literal opened before {@code from} closes: the next {@code quote} not escaped. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length()) {
            if (source.charAt(i) == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("a literal that does not close");
    }
}
