package org.jornada.evidence.control;

import java.time.Instant;

/**
 * Evidence ready to store: the bytes with metadata removed where the format allows, the capture
 * date read before removal (null when absent), and whether metadata was removed.
 */
public record CleanedEvidence(EvidenceType type, byte[] content, Instant capturedAt, boolean metadataRemoved) {
}
