/**
 * Pattern control: the counting and its safeguards, plain logic without a container. Every count
 * under the minimum suppressed and every other rounded to a multiple of it ({@code Suppression}),
 * rankings a page at a time ({@code Ranking}), trends and maps as shown ({@code ShownCounts}), the
 * recruitment chain as shown ({@code ChainView}, issue #28),
 * rates per 100 certified workers ({@code Rates}), Poisson alerts ({@code Alerts}); the in-memory
 * columns they count from ({@code CaseFacts}, {@code CertifiedWorkers}), a view's conditions
 * compiled against them ({@code CompiledSlice}) and the counting over them ({@code CaseCounter},
 * {@code EntitySums}); the SVG maps ({@code SvgMap}) and CSV/XLSX files ({@code TableFiles}). See
 * docs/patterns.md.
 */
package org.jornada.pattern.control;
