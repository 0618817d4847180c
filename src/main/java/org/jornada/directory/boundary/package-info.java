/**
 * Directory boundary (issue #4, docs/directory.md): DOL files imported in batches
 * ({@code ImportDirectoryFile}, {@code DirectoryImport}, {@code DirectoryWriter},
 * {@code POST /api/v1/staff/imports/{kind}}); the trigram search on every node
 * ({@code DirectoryIndex}, {@code /directory}, {@code GET /api/v1/directory/search}) and the names
 * it suggests to forms ({@code DirectorySuggestions}); the public profiles ({@code Profiles},
 * {@code ProfilePage}, {@code ProfileResource}); staff merges and splits
 * ({@code MergeDirectoryEntries}, {@code SplitDirectoryName}, {@code /staff/directory}).
 */
package org.jornada.directory.boundary;
