package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jornada.directory.control.ChainBuilder;
import org.jornada.directory.control.ChainLink;
import org.jornada.directory.control.ChainReports;
import org.jornada.directory.control.ChainSource;
import org.jornada.directory.entity.ChainDecision;
import org.jornada.directory.entity.DirectoryEntry;
import org.jornada.directory.entity.EntityKind;

/**
 * The recruitment chain of an entry (issue #28), both directions, from every source: an
 * employer's agents (disclosure files) and recruiters and sub-recruiters (the Foreign Labor
 * Recruiter List, joined to its certifications by the case number's last six digits and the
 * fiscal year and visa class where both sides give them); a recruiter's employers, its
 * sub-recruiters and the recruiter it worked for; an agent's employers; links staff made or
 * hid; and the verified cases linked to both ends, through the {@link ChainReports} hook.
 */
@ApplicationScoped
@Transactional
public class RecruitmentChain {

    /** The certification's columns every query selects after the ids, in this order. */
    private static final String CERTIFIED = "c.id, c.fiscalYear, c.beginDate, c.worksiteState, c.crop, c.workersCertified";
    /** A recruiter list row belongs to a certification when these agree. */
    private static final String LISTED = "c.caseSuffix = r.caseSuffix"
            + " AND (r.fiscalYear IS NULL OR c.fiscalYear IS NULL OR r.fiscalYear = c.fiscalYear)"
            + " AND (r.visaClass IS NULL OR r.visaClass = c.visaClass)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<ChainReports> reports;

    /** The other links of the chain as seen from this entry (a merged entry's are its survivor's). */
    public List<ChainLink> of(DirectoryEntry entry, int minimum) {
        long id = entry.getId();
        Set<List<Long>> unlinked = unlinkedPairs();
        ChainBuilder chain = new ChainBuilder();
        switch (entry.getKind()) {
            case EMPLOYER -> employer(id, chain, unlinked);
            case RECRUITER -> recruiter(id, chain, unlinked);
            case AGENT -> rows("SELECT c.employerId, " + CERTIFIED + " FROM Certification c WHERE c.agentId = :e", id)
                    .forEach(r -> chain.add((Long) r[0], "EMPLOYER", ChainSource.DOL_DISCLOSURE, certified(r, 1), null));
        }
        Map<Long, DirectoryEntry> entries = new HashMap<>();
        em.createQuery("SELECT d FROM ChainDecision d WHERE d.entryA = :e OR d.entryB = :e", ChainDecision.class)
                .setParameter("e", id).getResultStream().forEach(d -> chain.staff(d.other(id), null,
                        d.getDecision() == ChainDecision.Decision.LINKED));
        Map<Long, Long> verified = verifiedWith(id);
        Set<Long> others = chain.others(verified);
        if (!others.isEmpty()) {
            em.createQuery("SELECT e FROM DirectoryEntry e WHERE e.id IN :ids AND e.mergedInto IS NULL",
                    DirectoryEntry.class).setParameter("ids", others).getResultStream()
                    .forEach(e -> entries.put(e.getId(), e));
        }
        return chain.links(verified, minimum, other -> {
            DirectoryEntry e = entries.get(other);
            return e == null ? null : new ChainBuilder.Entry(e.getId(), e.getKind(), e.getName());
        }, other -> entries.containsKey(other) ? entries.get(other).getKind().name() : null);
    }

    /** Every pair staff unlinked, the lower id first (a small table: read whole). */
    private Set<List<Long>> unlinkedPairs() {
        Set<List<Long>> pairs = new java.util.HashSet<>();
        em.createQuery("SELECT d.entryA, d.entryB FROM ChainDecision d WHERE d.decision = :u", Object[].class)
                .setParameter("u", ChainDecision.Decision.UNLINKED).getResultStream()
                .forEach(r -> pairs.add(List.of((Long) r[0], (Long) r[1])));
        return pairs;
    }

    /** Whether staff unlinked these two. */
    static boolean hidden(Set<List<Long>> unlinked, long one, long other) {
        return unlinked.contains(List.of(Math.min(one, other), Math.max(one, other)));
    }

    private void employer(long id, ChainBuilder chain, Set<List<Long>> unlinked) {
        rows("SELECT c.agentId, " + CERTIFIED + " FROM Certification c WHERE c.employerId = :e AND c.agentId IS NOT NULL",
                id).forEach(r -> chain.add((Long) r[0], "AGENT", ChainSource.DOL_DISCLOSURE, certified(r, 1), null));
        rows("SELECT r.recruiterId, r.subRecruiterId, " + CERTIFIED + " FROM RecruiterDisclosure r, Certification c"
                + " WHERE c.employerId = :e AND " + LISTED, id).forEach(r -> {
                    ChainBuilder.Certified certified = certified(r, 2);
                    chain.add((Long) r[0], "RECRUITER", ChainSource.RECRUITER_LIST, certified, null);
                    // a sub-recruiter reached this employer through its recruiter: hidden with that link
                    if (r[1] != null && !hidden(unlinked, (Long) r[0], id)) {
                        chain.add((Long) r[1], "SUB_RECRUITER", ChainSource.RECRUITER_LIST, certified, (Long) r[0]);
                    }
                });
    }

    private void recruiter(long id, ChainBuilder chain, Set<List<Long>> unlinked) {
        rows("SELECT r.recruiterId, r.subRecruiterId, c.employerId, " + CERTIFIED
                + " FROM RecruiterDisclosure r, Certification c"
                + " WHERE (r.recruiterId = :e OR r.subRecruiterId = :e) AND " + LISTED, id).forEach(r -> {
                    long recruiter = (Long) r[0];
                    Long sub = (Long) r[1];
                    long employer = (Long) r[2];
                    ChainBuilder.Certified certified = certified(r, 3);
                    boolean mine = recruiter == id;
                    // the sub-recruiter's employer goes with its recruiter's link
                    if (mine || !hidden(unlinked, recruiter, employer)) {
                        chain.add(employer, "EMPLOYER", ChainSource.RECRUITER_LIST, certified, null);
                    }
                    if (sub != null) {
                        chain.add(mine ? sub : recruiter, mine ? "SUB_RECRUITER" : "WORKS_FOR",
                                ChainSource.RECRUITER_LIST, certified, null);
                    }
                });
        // a recruiter and its sub-recruiter are linked by the list whether or not a certification matched
        em.createQuery("SELECT r.recruiterId, r.subRecruiterId FROM RecruiterDisclosure r"
                + " WHERE r.subRecruiterId IS NOT NULL AND (r.recruiterId = :e OR r.subRecruiterId = :e)", Object[].class)
                .setParameter("e", id).setMaxResults(50_000).getResultStream().forEach(r -> {
                    boolean mine = ((Long) r[0]) == id;
                    chain.add(mine ? (Long) r[1] : (Long) r[0], mine ? "SUB_RECRUITER" : "WORKS_FOR",
                            ChainSource.RECRUITER_LIST, null, null);
                });
    }

    private List<Object[]> rows(String jpql, long id) {
        return em.createQuery(jpql, Object[].class).setParameter("e", id).setMaxResults(50_000).getResultList();
    }

    /** The certification columns of a row, from {@code at}. */
    private static ChainBuilder.Certified certified(Object[] r, int at) {
        Integer season = r[at + 1] != null ? (Integer) r[at + 1]
                : r[at + 2] != null ? Integer.valueOf(((LocalDate) r[at + 2]).getYear()) : null;
        return new ChainBuilder.Certified((Long) r[at], season, (String) r[at + 3], (String) r[at + 4],
                (Integer) r[at + 5]);
    }

    /** Verified cases linked to this entry and another, by the other's id (none without a hook). */
    public Map<Long, Long> verifiedWith(long entryId) {
        Map<Long, Long> counts = new HashMap<>();
        reports.forEach(r -> r.verifiedWith(entryId).forEach((other, n) -> counts.merge(other, n, Long::sum)));
        return counts;
    }

    /** A recruiter that supplied an employer, with the workers DOL certified on the certifications that link them. */
    public record Supply(long recruiterId, long employerId, long workersCertified, Set<ChainSource> sources) {
    }

    /**
     * Every recruiter→employer link the recruiter list shows (recruiters and their sub-recruiters)
     * or staff made, less the pairs staff unlinked: for the pattern views' chain view. Merged
     * entries' rows have moved to their survivors.
     */
    public List<Supply> supplies() {
        // imports and merges count the directory's change (data_version 'directory'), staff's
        // decisions the chain's ('chain', V37): until one moves, every node answers from its copy
        long directory = versions.read(DirectoryIndex.VERSION);
        long chain = versions.read(VERSION);
        Supplies known = supplies;
        if (known != null && known.directory() == directory && known.chain() == chain) {
            return known.list();
        }
        List<Supply> list = readSupplies();
        supplies = new Supplies(directory, chain, list);
        return list;
    }

    /** The {@code data_version} counter of staff's chain decisions (V37). */
    public static final String VERSION = "chain";

    /** A node's copy of {@link #supplies()} and the counts it was read at. */
    private record Supplies(long directory, long chain, List<Supply> list) {
    }

    private volatile Supplies supplies;

    @Inject
    org.jornada.platform.boundary.DataVersions versions;

    private List<Supply> readSupplies() {
        Set<List<Long>> unlinked = unlinkedPairs();
        Map<List<Long>, long[]> workers = new HashMap<>();
        Map<List<Long>, Set<Long>> seen = new HashMap<>();
        Map<List<Long>, Set<ChainSource>> sources = new HashMap<>();
        em.createQuery("SELECT r.recruiterId, r.subRecruiterId, c.employerId, c.id, c.workersCertified"
                + " FROM RecruiterDisclosure r, Certification c WHERE " + LISTED, Object[].class).getResultStream()
                .forEach(r -> {
                    for (Object recruiter : new Object[] {r[0], r[1]}) {
                        boolean throughHidden = recruiter == r[1] && hidden(unlinked, (Long) r[0], (Long) r[2]);
                        if (recruiter != null && !throughHidden) {
                            List<Long> pair = List.of((Long) recruiter, (Long) r[2]);
                            sources.computeIfAbsent(pair, p -> java.util.EnumSet.noneOf(ChainSource.class))
                                    .add(ChainSource.RECRUITER_LIST);
                            if (seen.computeIfAbsent(pair, p -> new java.util.HashSet<>()).add((Long) r[3])) {
                                workers.computeIfAbsent(pair, p -> new long[1])[0] += r[4] == null ? 0 : (Integer) r[4];
                            }
                        }
                    }
                });
        Map<Long, EntityKind> kinds = new HashMap<>();
        List<ChainDecision> decisions = em.createQuery("SELECT d FROM ChainDecision d", ChainDecision.class).getResultList();
        Set<Long> decided = new java.util.HashSet<>();
        decisions.forEach(d -> {
            decided.add(d.getEntryA());
            decided.add(d.getEntryB());
        });
        if (!decided.isEmpty()) {
            em.createQuery("SELECT e.id, e.kind FROM DirectoryEntry e WHERE e.id IN :ids", Object[].class)
                    .setParameter("ids", decided).getResultStream().forEach(r -> kinds.put((Long) r[0], (EntityKind) r[1]));
        }
        for (ChainDecision d : decisions) {
            List<Long> pair = kinds.get(d.getEntryA()) == EntityKind.RECRUITER && kinds.get(d.getEntryB()) == EntityKind.EMPLOYER
                    ? List.of(d.getEntryA(), d.getEntryB())
                    : kinds.get(d.getEntryB()) == EntityKind.RECRUITER && kinds.get(d.getEntryA()) == EntityKind.EMPLOYER
                            ? List.of(d.getEntryB(), d.getEntryA()) : null;
            if (pair != null && d.getDecision() == ChainDecision.Decision.UNLINKED) {
                sources.remove(pair);
            } else if (pair != null) {
                sources.computeIfAbsent(pair, p -> java.util.EnumSet.noneOf(ChainSource.class)).add(ChainSource.STAFF);
            }
        }
        return sources.entrySet().stream().map(e -> new Supply(e.getKey().get(0), e.getKey().get(1),
                workers.containsKey(e.getKey()) ? workers.get(e.getKey())[0] : 0, Set.copyOf(e.getValue()))).toList();
    }
}
