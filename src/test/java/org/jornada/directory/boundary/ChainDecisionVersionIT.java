package org.jornada.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jornada.directory.entity.ChainDecision;
import org.jornada.directory.entity.DirectoryEntry;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.boundary.DataVersions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff's chain decisions count their own change (V37, data_version 'chain'): every node's copy of
 * the chain ({@link RecruitmentChain#supplies()}) shows a link or an unlink at once, and the
 * directory's counter, which makes every node rebuild its name index and the pattern views' copy
 * of the cases, does not move for it.
 */
@ExtendWith(ArquillianExtension.class)
class ChainDecisionVersionIT {

    @Inject
    DirectoryCuration curation;

    @Inject
    RecruitmentChain chain;

    @Inject
    DataVersions versions;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private long entry(EntityKind kind, String name) throws Exception {
        tx.begin();
        em.joinTransaction();
        DirectoryEntry entry = new DirectoryEntry(kind, name, null, "GA", "United States", Instant.now());
        em.persist(entry);
        em.flush();
        tx.commit();
        return entry.getId();
    }

    private boolean supplied(long recruiter, long employer) {
        return chain.supplies().stream().anyMatch(s -> s.recruiterId() == recruiter && s.employerId() == employer);
    }

    @Test
    void aStaffLinkOrUnlinkMovesTheChainsCounterAndItsCopyButNotTheDirectorysCounter() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long employer = entry(EntityKind.EMPLOYER, "Version Farm " + run);
        long recruiter = entry(EntityKind.RECRUITER, "Version Recruiter " + run);
        assertFalse(supplied(recruiter, employer));
        long directory = versions.read(DirectoryIndex.VERSION);
        long before = versions.read(RecruitmentChain.VERSION);

        assertTrue(curation.decide(employer, recruiter, ChainDecision.Decision.LINKED, "workers name him", 1L));
        assertEquals(before + 1, versions.read(RecruitmentChain.VERSION));
        assertTrue(supplied(recruiter, employer), "the copy is read again after the decision");
        assertTrue(curation.decide(recruiter, employer, ChainDecision.Decision.UNLINKED, null, 1L));
        assertEquals(before + 2, versions.read(RecruitmentChain.VERSION));
        assertFalse(supplied(recruiter, employer), "and again after the unlink");
        assertEquals(directory, versions.read(DirectoryIndex.VERSION), "the names did not change: no index rebuild");
    }
}
