/**
 * Evidence boundary: {@code EvidenceStore} decides a file's type from its content, strips its
 * metadata, hashes and seals it, joining the caller's transaction (a complaint being filed or a
 * follow-up); {@code EvidenceUploads} reads a worker page's files within the limits, and
 * {@code EvidenceService} takes files added after filing. The upload address itself is complaint's
 * ({@code EvidenceUploadServlet}).
 */
package org.jornada.evidence.boundary;
