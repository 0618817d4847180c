package org.jornada.evidence.boundary;

import org.jornada.evidence.entity.EvidenceRole;

/**
 * Fired synchronously, in the storing transaction, when a file is stored (issue #29): the
 * transcription queue observes it for recordings. Never carries the file's content.
 */
public record EvidenceStored(long evidenceId, long complaintId, String contentType, EvidenceRole role) {
}
