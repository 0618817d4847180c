package org.jornada.directory.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jornada.directory.entity.EntityKind;

/**
 * The directory's names as one import run sees them: every entry by kind and match key, loaded
 * once at the start (one query instead of one per row), plus the entries the run creates. The
 * entries a failed batch created are forgotten again, as its transaction rolled them back.
 */
final class NameBook {

    /** A directory entry, as far as matching needs it. */
    record Candidate(long id, String name, String state, boolean pinned, Long survivor) {
    }

    private final Map<String, List<Candidate>> byKey = new HashMap<>();
    private final Map<Long, Candidate> byId = new HashMap<>();
    private final List<String> addedKeys = new ArrayList<>();
    private final List<Candidate> added = new ArrayList<>();

    private static String key(EntityKind kind, String matchKey) {
        return kind + "|" + matchKey;
    }

    void load(EntityKind kind, String matchKey, Candidate candidate) {
        byKey.computeIfAbsent(key(kind, matchKey), k -> new ArrayList<>(1)).add(candidate);
        byId.put(candidate.id(), candidate);
    }

    void created(EntityKind kind, String matchKey, Candidate candidate) {
        load(kind, matchKey, candidate);
        addedKeys.add(key(kind, matchKey));
        added.add(candidate);
    }

    /**
     * The entry a name joins: same kind and key, the same state or an unknown one on either
     * side, not pinned unless it is the very same name; the same name first, then the oldest.
     * A merged entry leads to its survivor.
     */
    Optional<Candidate> find(EntityKind kind, String matchKey, String name, String state) {
        List<Candidate> candidates = byKey.getOrDefault(key(kind, matchKey), List.of());
        Candidate best = null;
        for (Candidate c : candidates) {
            boolean sameName = c.name().equalsIgnoreCase(name);
            if (state != null && c.state() != null && !state.equals(c.state()) || c.pinned() && !sameName) {
                continue;
            }
            if (best == null || sameName && !best.name().equalsIgnoreCase(name)) {
                best = c;
            }
        }
        Candidate current = best;
        for (int hops = 0; current != null && current.survivor() != null && hops < 10; hops++) {
            Candidate next = byId.get(current.survivor());
            if (next == null) {
                break;
            }
            current = next;
        }
        return Optional.ofNullable(current);
    }

    /** The batch committed: what it created stays. */
    void keep() {
        added.clear();
        addedKeys.clear();
    }

    /** The batch rolled back: forget what it created. */
    void forget() {
        for (int i = 0; i < added.size(); i++) {
            Candidate gone = added.get(i);
            List<Candidate> list = byKey.get(addedKeys.get(i));
            if (list != null) {
                list.removeIf(c -> c.id() == gone.id());
            }
            byId.remove(gone.id());
        }
        keep();
    }
}
