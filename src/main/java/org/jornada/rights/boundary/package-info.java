/**
 * Rights boundary (issue #14, docs/wage-check.md): the wage check at {@code /wage-check}
 * ({@code WageCheckPage}, {@code WageCheckForm}: no session, no JavaScript) and
 * {@code POST /api/v1/wage-check} ({@code WageCheckResource}), said in words by
 * {@code WageAnswerWords} (the summary by {@code WageSummaryWords}, the advocate's section by
 * {@code WageAdvocateWords}, each note by {@code WageNoteWords}, money, days and names by
 * {@code WageWords}); the wage tables ({@code WageTables}) and their import by ADMIN
 * ({@code ImportWageTable}); checks kept on a case ({@code WageCalculations},
 * {@code WageCheckOnReport}) and shown to staff and in packets ({@code CaseWageChecksSection},
 * {@code WageCalculationText}); the know-your-rights pages ({@code RightsTopics}).
 */
package org.jornada.rights.boundary;
