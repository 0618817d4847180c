/**
 * Pattern boundary (issue #12, docs/patterns.md): this node's copy of the cases the views count,
 * kept current ({@code CaseCopyRefresher}), the views' numbers counted and already suppressed
 * ({@code PatternCounting}), the filters read from the address ({@code PatternFilterReader},
 * {@code PatternFilterParams}); the pages {@code /union/rankings}, {@code /union/trends} and
 * {@code /union/maps} ({@code PatternsPage}), the chain view (issue #28) counted by
 * {@code ChainCounting} over the directory's recruiter links, its page {@code /union/chain}
 * ({@code ChainPage}) and files ({@code ChainTables}), {@code GET /api/v1/patterns/...}
 * ({@code PatternsResource}, its JSON bodies {@code PatternBodies}), the exports
 * ({@code PatternTableBuilder}, {@code TableDownload}, {@code PatternExportServlet}) and the cases
 * behind a number for staff ({@code CasesBehindPage}). Every view is audited.
 */
package org.jornada.pattern.boundary;
