package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jornada.directory.entity.ChainDecision;
import org.jornada.directory.entity.DirectoryEntry;

/**
 * Staff corrections of the name matching: merge an entry into another (its certifications,
 * actions and debarments move to the survivor, other features move their own rows on
 * {@link DirectoryEntriesMerged} in the same transaction, and later imports follow the merge) and
 * split (pin) an entry so that imports only ever add its exact name to it. The commands that run
 * them ({@code MergeDirectoryEntries}, {@code SplitDirectoryName}) write the audit entries.
 */
@ApplicationScoped
@Transactional
public class DirectoryCuration {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryIndex index;

    @Inject
    Clock clock;

    @Inject
    Event<DirectoryEntriesMerged> merges;

    @Inject
    org.jornada.platform.boundary.DataVersions versions;

    /** Merges one entry into another of its kind; false (nothing changed) for any other pair. */
    public boolean merge(long mergedId, long survivorId) {
        DirectoryEntry merged = em.find(DirectoryEntry.class, mergedId);
        DirectoryEntry survivor = em.find(DirectoryEntry.class, survivorId);
        if (merged == null || survivor == null || mergedId == survivorId || merged.getKind() != survivor.getKind()
                || survivor.getMergedInto() != null) {
            return false;
        }
        merged.mergeInto(survivorId);
        em.createQuery("UPDATE Certification c SET c.employerId = :s WHERE c.employerId = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        em.createQuery("UPDATE Certification c SET c.agentId = :s WHERE c.agentId = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        em.createQuery("UPDATE EnforcementAction a SET a.employerId = :s WHERE a.employerId = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        em.createQuery("UPDATE Debarment d SET d.entityId = :s WHERE d.entityId = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        em.createQuery("UPDATE RecruiterDisclosure r SET r.recruiterId = :s WHERE r.recruiterId = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        em.createQuery("UPDATE RecruiterDisclosure r SET r.subRecruiterId = :s WHERE r.subRecruiterId = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        moveChainDecisions(mergedId, survivorId);
        em.createQuery("UPDATE DirectoryEntry e SET e.mergedInto = :s WHERE e.mergedInto = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        merges.fire(new DirectoryEntriesMerged(mergedId, survivorId));
        em.flush();
        index.changed();
        return true;
    }

    /**
     * Records staff's decision on a pair of the recruitment chain (the latest stands): false,
     * nothing changed, when either entry is missing or merged away, the two are one, or the pair
     * cannot be a link (two employers, or two agents).
     */
    public boolean decide(long one, long other, ChainDecision.Decision decision, String note, long staffId) {
        DirectoryEntry a = em.find(DirectoryEntry.class, one);
        DirectoryEntry b = em.find(DirectoryEntry.class, other);
        if (a == null || b == null || one == other || a.getMergedInto() != null || b.getMergedInto() != null
                || a.getKind() == b.getKind() && a.getKind() != org.jornada.directory.entity.EntityKind.RECRUITER) {
            return false;
        }
        List<ChainDecision> known = em.createQuery("SELECT d FROM ChainDecision d WHERE d.entryA = :a AND d.entryB = :b",
                ChainDecision.class).setParameter("a", Math.min(one, other)).setParameter("b", Math.max(one, other))
                .getResultList();
        if (known.isEmpty()) {
            em.persist(new ChainDecision(one, other, decision, note, staffId, Instant.now(clock)));
        } else {
            known.get(0).decide(decision, note, staffId, Instant.now(clock));
        }
        versions.count(RecruitmentChain.VERSION); // the chain every node keeps a copy of changed (not the names)
        return true;
    }

    /** Staff's chain decisions on the merged entry now speak of the survivor; the survivor's own win. */
    private void moveChainDecisions(long mergedId, long survivorId) {
        List<ChainDecision> moved = em.createQuery("SELECT d FROM ChainDecision d WHERE d.entryA = :m OR d.entryB = :m",
                ChainDecision.class).setParameter("m", mergedId).getResultList();
        for (ChainDecision d : moved) {
            long other = d.other(mergedId);
            em.remove(d);
            em.flush();
            if (other == survivorId) {
                continue;
            }
            boolean kept = !em.createQuery("SELECT d FROM ChainDecision d WHERE d.entryA = :a AND d.entryB = :b",
                    ChainDecision.class).setParameter("a", Math.min(other, survivorId))
                    .setParameter("b", Math.max(other, survivorId)).getResultList().isEmpty();
            if (!kept) {
                em.persist(d.movedTo(other, survivorId));
            }
        }
    }

    /**
     * Splits a name off an entry: a new entry, pinned to exactly that name; from then on imports
     * put cases filed under that name there and nowhere else. (Cases already imported stay where
     * they are: the rows do not keep the name as the file spelled it.)
     *
     * @return the new entry's id; empty when there is no such entry (nothing changed)
     */
    public java.util.OptionalLong split(long entryId, String name) {
        DirectoryEntry from = em.find(DirectoryEntry.class, entryId);
        if (from == null) {
            return java.util.OptionalLong.empty();
        }
        DirectoryEntry split = new DirectoryEntry(from.getKind(), name.strip(), from.getCity(), from.getState(),
                from.getCountry(), Instant.now(clock));
        split.pin();
        em.persist(split);
        em.flush();
        index.changed();
        return java.util.OptionalLong.of(split.getId());
    }
}
