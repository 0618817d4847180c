/**
 * Casework control: the legal clocks of a case, plain logic without a container.
 * {@code DeadlineRules} starts each clock from the complaint's categories and dates, one rule per
 * clock from {@code reference/domain-reference.md} section 3, never later than the real deadline;
 * each {@code Deadline} carries its claim, its date, the rule in words and its source.
 */
package org.jornada.casework.control;
