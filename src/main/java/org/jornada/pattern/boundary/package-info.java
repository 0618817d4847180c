/**
 * Pattern boundary (issue #12, docs/patterns.md): this node's copy of the cases the views count
 * ({@code PatternData}), the views' numbers already suppressed ({@code Patterns}), the filters read
 * from the address ({@code PatternFilters}); the pages {@code /union/rankings},
 * {@code /union/trends} and {@code /union/maps} ({@code PatternsPage}),
 * {@code GET /api/v1/patterns/...} ({@code PatternsResource}), the exports ({@code PatternTables},
 * {@code PatternExportServlet}) and the cases behind a number for staff ({@code CasesBehindPage}).
 * Every view is audited.
 */
package org.jornada.pattern.boundary;
