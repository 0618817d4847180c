package org.jornada.directory.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import did: rows read, what was created, updated or left alone, and why rows were skipped. */
public final class ImportReport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int EXAMPLES = 20;

    private final ImportKind kind;
    private long rows;
    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<String> examples = new ArrayList<>();
    private long millis;

    public ImportReport(ImportKind kind) {
        this.kind = kind;
    }

    public void row() {
        rows++;
    }

    public void count(String what) {
        counts.merge(what, 1L, Long::sum);
    }

    public void skip(long rowNumber, String reason) {
        skipped.merge(reason, 1L, Long::sum);
        if (examples.size() < EXAMPLES) {
            examples.add("row " + rowNumber + ": " + reason);
        }
    }

    public void took(long millis) {
        this.millis = millis;
    }

    public ImportKind kind() {
        return kind;
    }

    public long rows() {
        return rows;
    }

    public Map<String, Long> counts() {
        return counts;
    }

    public long count(String what, long otherwise) {
        return counts.getOrDefault(what, otherwise);
    }

    public Map<String, Long> skipped() {
        return skipped;
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public List<String> examples() {
        return examples;
    }

    public long millis() {
        return millis;
    }

    /** True when the import stored nothing new and changed nothing. */
    public boolean changedNothing() {
        return counts.entrySet().stream().noneMatch(e -> (e.getKey().endsWith(".created")
                || e.getKey().endsWith(".updated")) && e.getValue() > 0);
    }
}
