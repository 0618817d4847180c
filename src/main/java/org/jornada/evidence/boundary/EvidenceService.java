package org.jornada.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.UnsupportedEvidenceException;

/** Evidence a worker adds after filing, through the follow-up page or the API. */
@ApplicationScoped
public class EvidenceService {

    @Inject
    EvidenceStore store;

    public CleanedEvidence clean(byte[] content) throws UnsupportedEvidenceException {
        return store.clean(content);
    }

    /** What a case holds of what its worker sent: whether its story is spoken, and its other files. */
    public record CaseFiles(boolean voiceStory, long others) {
    }

    /** The case's spoken story and files, its thread's voice messages left out. */
    public CaseFiles filesOf(long complaintId) {
        return store.filesOf(complaintId);
    }

    /** Stores the file on the case, or empty when the case already holds its maximum of files. */
    @Transactional
    public Optional<EvidenceStore.Stored> addToCase(long complaintId, CleanedEvidence cleaned) {
        if (!store.hasRoomFor(complaintId, 1)) {
            return Optional.empty();
        }
        return Optional.of(store.store(complaintId, cleaned));
    }
}
