package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jornada.directory.control.NameIndex;
import org.jornada.platform.boundary.DataVersions;
import org.jornada.directory.entity.EntityKind;

/**
 * The directory's search: an in-process trigram index ({@link NameIndex}) over every employer,
 * recruiter and agent name (and trade name), with each entry's state and visa classes for the
 * filters. Built on first use and again after each import, merge or split, on every node: the node
 * that changed the directory counts the change in {@code data_version} and rebuilds at once, and
 * each other node, looking at that counter at most once a second before a search, rebuilds when it
 * moved (a node that was down or joined later catches up the same way, which a cluster event alone
 * would not give). Searches read an immutable snapshot.
 * Why in process and not a MySQL full-text index: full-text matches whole words, so it forgives
 * neither typos nor accents under every collation, and the names fit in memory (200,000 entries
 * take tens of megabytes); docs/performance.md has the figures.
 */
@ApplicationScoped
public class DirectoryIndex {

    static final String VERSION = "directory";

    /** One directory entry as the search shows it. */
    public record Entry(long id, EntityKind kind, String name, String city, String state, String country,
            boolean h2a, boolean h2b) {
    }

    private record Snapshot(NameIndex index, int[] entryOfName, List<Entry> entries) {
    }

    @PersistenceContext
    EntityManager em;

    private volatile Snapshot snapshot;
    /** The directory's {@code data_version} this node's snapshot was built from. */
    private DataVersions.Watch watch;

    @Inject
    DataVersions versions;

    @jakarta.annotation.PostConstruct
    void watch() {
        watch = versions.watch(VERSION);
    }

    /**
     * After the directory changed (an import, a merge, a split): counts the change where every
     * node reads it ({@code data_version 'directory'}, V18: the pattern views read their
     * certifications and merges again) and rebuilds this node's index.
     */
    @Transactional
    public void changed() {
        versions.count(VERSION);
        rebuild();
    }

    @Transactional
    public synchronized void rebuild() {
        // read before the entries: a change committed meanwhile leaves the counter ahead, and the
        // next look builds again
        long version = watch.current();
        List<Object[]> rows = em.createQuery("SELECT e.id, e.kind, e.name, e.tradeName, e.city, e.state, e.country"
                + " FROM DirectoryEntry e WHERE e.mergedInto IS NULL ORDER BY e.id", Object[].class).getResultList();
        Map<Long, int[]> visas = new HashMap<>();
        for (Object[] v : em.createQuery("SELECT DISTINCT c.employerId, c.visaClass FROM Certification c", Object[].class)
                .getResultList()) {
            visas.computeIfAbsent((Long) v[0], k -> new int[2])["H-2A".equals(v[1]) ? 0 : 1] = 1;
        }
        for (Object[] v : em.createQuery("SELECT DISTINCT c.agentId, c.visaClass FROM Certification c"
                + " WHERE c.agentId IS NOT NULL", Object[].class).getResultList()) {
            visas.computeIfAbsent((Long) v[0], k -> new int[2])["H-2A".equals(v[1]) ? 0 : 1] = 1;
        }
        List<Entry> entries = new ArrayList<>(rows.size());
        List<String> names = new ArrayList<>(rows.size() + rows.size() / 8);
        List<Integer> owners = new ArrayList<>(rows.size() + rows.size() / 8);
        for (Object[] r : rows) {
            long id = (Long) r[0];
            int[] visa = visas.getOrDefault(id, new int[2]);
            entries.add(new Entry(id, (EntityKind) r[1], (String) r[2], (String) r[4], (String) r[5], (String) r[6],
                    visa[0] == 1, visa[1] == 1));
            names.add((String) r[2]);
            owners.add(entries.size() - 1);
            if (r[3] != null) {
                names.add((String) r[3]);
                owners.add(entries.size() - 1);
            }
        }
        snapshot = new Snapshot(NameIndex.of(names), owners.stream().mapToInt(Integer::intValue).toArray(),
                List.copyOf(entries));
        watch.builtFrom(version);
    }

    /**
     * Entries whose name or trade name matches, best first, at most {@code limit}; {@code state}
     * (two letters) and {@code visa} ("H-2A", "H-2B") filter when given.
     */
    public List<Entry> search(String query, String state, String visa, int limit) {
        if (snapshot == null || watch.moved()) {
            rebuild();
        }
        Snapshot s = snapshot;
        String wantedState = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        String wantedVisa = visa == null || visa.isBlank() ? null : visa.strip().toUpperCase(Locale.ROOT).replace("-", "");
        List<Entry> found = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (NameIndex.Hit hit : s.index().search(query, name -> {
            Entry e = s.entries().get(s.entryOfName()[name]);
            return (wantedState == null || wantedState.equals(e.state()))
                    && (wantedVisa == null || "H2A".equals(wantedVisa) && e.h2a() || "H2B".equals(wantedVisa) && e.h2b());
        }, limit * 2)) {
            Entry e = s.entries().get(s.entryOfName()[hit.id()]);
            if (seen.add(e.id()) && found.size() < limit) {
                found.add(e);
            }
        }
        return found;
    }

    /** An entry and how well its name matched (0..1, {@link NameIndex#search}). */
    public record Match(Entry entry, double score) {
    }

    /** Entries of one kind whose name or trade name scores at least {@code minimum}, best first. */
    public List<Match> matches(String query, EntityKind kind, double minimum, int limit) {
        if (snapshot == null || watch.moved()) {
            rebuild();
        }
        Snapshot s = snapshot;
        List<Match> found = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (NameIndex.Hit hit : s.index().search(query, name -> s.entries().get(s.entryOfName()[name]).kind() == kind,
                limit * 2)) {
            Entry e = s.entries().get(s.entryOfName()[hit.id()]);
            if (hit.score() >= minimum && seen.add(e.id()) && found.size() < limit) {
                found.add(new Match(e, hit.score()));
            }
        }
        return found;
    }

    public int size() {
        Snapshot current = snapshot;
        return current == null ? 0 : current.entries().size();
    }
}
