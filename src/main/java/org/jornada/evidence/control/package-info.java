/**
 * Evidence control: what a worker's file is and what it must lose, plain logic without a container.
 * The type from the first bytes ({@code EvidenceType}), the size limits ({@code EvidenceLimits}),
 * and {@code MetadataStripper} with one cleaner per type ({@code JpegCleaner}, {@code PdfCleaner},
 * {@code Mp3Cleaner}, {@code Mp4Cleaner}, {@code OggCleaner}) giving {@code CleanedEvidence}, its
 * capture date kept apart (docs/security.md).
 */
package org.jornada.evidence.control;
