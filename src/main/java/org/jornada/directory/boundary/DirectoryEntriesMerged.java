package org.jornada.directory.boundary;

/**
 * Staff merged the directory entry {@code mergedId} into {@code survivorId} (same kind, same
 * business). Fired synchronously inside the merge's transaction, after the directory's own rows
 * moved: a feature that keeps rows by directory entry (worker reviews, for one) moves its own in
 * an observer, and a failure there rolls the whole merge back. The directory names no other
 * feature's table.
 */
public record DirectoryEntriesMerged(long mergedId, long survivorId) {
}
