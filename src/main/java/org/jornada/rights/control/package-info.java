/**
 * Rights control: the wage check's arithmetic, plain logic without a container, every rule cited
 * from {@code reference/domain-reference.md} (issues #14 and #25). {@code WageCheck} answers a
 * {@code WageQuestion} with a {@code WageAnswer}: the floor day by day ({@code Floors}), each
 * paycheck priced ({@code PayPeriods}), the three-fourths guarantee ({@code ThreeFourthsRule}),
 * deductions and costs owed back ({@code CostsRule}), every assumption said; {@code WageTableCsv}
 * reads a table DOL published.
 */
package org.jornada.rights.control;
