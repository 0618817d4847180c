package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jornada.directory.entity.DirectoryEntry;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Staff corrections of the name matching: merge an entry into another (its certifications,
 * actions, debarments and reviews move to the survivor, and later imports follow the merge) and
 * split (pin) an entry so that imports only ever add its exact name to it. Audited.
 */
@ApplicationScoped
@Transactional
public class DirectoryCuration {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    DirectoryIndex index;

    @Inject
    Clock clock;

    public void merge(StaffPrincipal who, long mergedId, long survivorId) {
        DirectoryEntry merged = em.find(DirectoryEntry.class, mergedId);
        DirectoryEntry survivor = em.find(DirectoryEntry.class, survivorId);
        if (merged == null || survivor == null || mergedId == survivorId || merged.getKind() != survivor.getKind()
                || survivor.getMergedInto() != null) {
            throw new IllegalArgumentException("Merge needs two different entries of one kind");
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
        em.createQuery("UPDATE Review r SET r.entityId = :s WHERE r.entityId = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        em.createQuery("UPDATE DirectoryEntry e SET e.mergedInto = :s WHERE e.mergedInto = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
        audit.record(who, AuditTrail.DIRECTORY_MERGED, null, mergedId + " into " + survivorId);
        em.flush();
        index.rebuild();
    }

    /**
     * Splits a name off an entry: a new entry, pinned to exactly that name; from then on imports
     * put cases filed under that name there and nowhere else. (Cases already imported stay where
     * they are: the rows do not keep the name as the file spelled it.)
     *
     * @return the new entry's id
     */
    public long split(StaffPrincipal who, long entryId, String name) {
        DirectoryEntry from = em.find(DirectoryEntry.class, entryId);
        if (from == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("Split needs an entry and a name");
        }
        DirectoryEntry split = new DirectoryEntry(from.getKind(), name.strip(), from.getCity(), from.getState(),
                from.getCountry(), Instant.now(clock));
        split.pin();
        em.persist(split);
        em.flush();
        audit.record(who, AuditTrail.DIRECTORY_SPLIT, null, "'" + name.strip() + "' from " + entryId + " as " + split.getId());
        index.rebuild();
        return split.getId();
    }
}
