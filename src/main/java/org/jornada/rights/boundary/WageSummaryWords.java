package org.jornada.rights.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jornada.platform.control.Messages;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.control.WageAnswer.Cost;
import org.jornada.rights.control.WageAnswer.DeductionResult;
import org.jornada.rights.control.WageAnswer.Gap;
import org.jornada.rights.control.WageAnswer.PeriodResult;
import org.jornada.rights.control.WageCheck;
import org.jornada.rights.control.WageQuestion.DeductionType;

/**
 * A wage check answer's first lines ({@link WageAnswerWords#summary()}), for a reader with primary
 * schooling: the total, each reason with money, what is uncertain, what to do. Short sentences,
 * "usted", no regulation numbers; the estimate's caveat once, as the last line. Bundle keys
 * {@code wage.sum.*}.
 */
final class WageSummaryWords {

    private final WageAnswer a;
    private final Locale locale;

    WageSummaryWords(WageAnswer answer, Locale locale) {
        this.a = answer;
        this.locale = locale;
    }

    /** The total, each reason with money, what is uncertain, what to do. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        total(lines);
        wages(lines);
        deductions(lines);
        threeFourths(lines);
        costs(lines);
        for (Gap g : a.gaps()) {
            if (g.knownHigher()) {
                lines.add(t("wage.sum.gap." + g.kind(), WageWords.stateName(locale, g.state())) + " "
                        + t("wage.sum.gap.more"));
            }
        }
        if (a.totalOwed().signum() == 0) {
            // the check prices the hourly floor, not overtime: "nothing owed" must not read as "nothing at all"
            lines.add(t("wage.sum.overtime"));
        }
        lines.add(t("wage.sum.todo"));
        a.deadlines().stream().min(Comparator.comparing(WageAnswer.Deadline::dueOn))
                .ifPresent(d -> lines.add(t("wage.sum.deadline", day(d.dueOn()))));
        lines.add(t("wage.advocate"));
        return lines;
    }

    /** How much in all, and the other rule's total when the job order's filing date decides it. */
    private void total(List<String> lines) {
        boolean uncertain = a.alternative() != null || a.gaps().stream().anyMatch(Gap::knownHigher);
        BigDecimal other = a.alternative() == null ? null : a.alternative().totalOwed();
        if (other != null && other.compareTo(a.totalOwed()) < 0) {
            // the filing date decides between two figures: "at least" only the lower one is sure
            // (aewr-2026.md 2: the IFR applies only to job orders filed on or after Oct 2 2025)
            lines.add(other.signum() > 0 ? t("wage.sum.owed.between", money(other), money(a.totalOwed()))
                    : t("wage.sum.owed.upTo", money(a.totalOwed())));
        } else if (a.totalOwed().signum() > 0) {
            lines.add(t("wage.sum.owed", money(a.totalOwed())));
        } else if (uncertain) {
            lines.add(t("wage.sum.notExact"));
        } else {
            lines.add(t("wage.sum.nothing"));
        }
        if (a.alternative() != null) {
            // the answer is the one for a job order filed before Oct 2 2025; the other rule's total beside it
            // (aewr-2026.md 2: the IFR applies only to job orders filed on or after that day)
            lines.add(String.join(" ", t("wage.sum.alternative", day(WageCheck.IFR_FROM)),
                    other.signum() > 0 ? t("wage.sum.alternative.owed", money(other)) : t("wage.sum.alternative.nothing"),
                    t("wage.sum.alternative.look")));
        }
    }

    /** The paychecks short of the hourly floor (20 CFR 655.120(a), 655.122(l)), or paid at least the floor. */
    private void wages(List<String> lines) {
        if (a.periods().isEmpty()) {
            return;
        }
        BigDecimal low = null;
        BigDecimal high = null;
        for (PeriodResult p : a.periods()) {
            List<BigDecimal> floors = p.floors().isEmpty() ? List.of(p.floor())
                    : p.floors().stream().map(f -> f.floor().hourly()).toList();
            for (BigDecimal f : floors) {
                low = low == null || f.compareTo(low) < 0 ? f : low;
                high = high == null || f.compareTo(high) > 0 ? f : high;
            }
        }
        boolean range = low.compareTo(high) != 0;
        if (a.totalShortfall().signum() > 0) {
            lines.add(range ? t("wage.sum.wages.range", money(low), money(high), money(a.totalShortfall()))
                    : t("wage.sum.wages", money(low), money(a.totalShortfall())));
        } else if (a.periods().stream().allMatch(p -> p.shortfall() != null)) {
            lines.add(range ? t("wage.sum.wagesPaid.range", money(low), money(high)) : t("wage.sum.wagesPaid", money(low)));
        }
    }

    /** H-2A housing and tools deductions owed back (655.122(d), (f)); the others an advocate checks. */
    private void deductions(List<String> lines) {
        BigDecimal housing = owedBack(DeductionType.HOUSING);
        BigDecimal tools = owedBack(DeductionType.TOOLS);
        if (housing.signum() > 0) {
            lines.add(t("wage.sum.housing", money(housing)));
        }
        if (tools.signum() > 0) {
            lines.add(t("wage.sum.tools", money(tools)));
        }
        BigDecimal checked = a.deductions().stream().filter(d -> d.owedBack().signum() == 0)
                .map(DeductionResult::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (checked.signum() > 0) {
            lines.add(t("wage.sum.deductionsChecked", money(checked)));
        }
    }

    private BigDecimal owedBack(DeductionType type) {
        return a.deductions().stream().filter(d -> d.type() == type).map(DeductionResult::owedBack)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The three-fourths guarantee (H-2A 655.122(i); H-2B 655.20(f), which DOL may not enforce now):
     * with days lacking a paycheck, both figures; before it is due, the day it is measured.
     */
    private void threeFourths(List<String> lines) {
        WageAnswer.ThreeFourths t = a.threeFourths();
        if (t == null) {
            return;
        }
        long missing = t.missingDays().stream().mapToLong(WageAnswer.Span::days).sum();
        List<String> said = new ArrayList<>();
        if (t.shortfall().signum() > 0 || t.shortfallIfNoWork().signum() > 0) {
            said.add(t("wage.sum.tf"));
            if (missing > 0 && t.shortfallIfNoWork().compareTo(t.shortfall()) != 0) {
                said.add(t("wage.sum.tf.missing", missing));
                said.add(t("wage.sum.tf.noWork", money(t.shortfallIfNoWork())));
                said.add(t.shortfall().signum() > 0 ? t("wage.sum.tf.full", money(t.shortfall()))
                        : t("wage.sum.tf.fullNothing"));
            } else {
                said.add(t("wage.sum.tf.owed", money(t.shortfall())));
            }
            if (!t.enforced()) {
                said.add(t("wage.sum.tf.h2b"));
            }
        } else if (!t.due() && t.enforced() && !t.windows().isEmpty()) {
            said.add(t("wage.sum.tf"));
            said.add(t("wage.sum.tf.later", day(t.windows().get(t.windows().size() - 1).to())));
        }
        if (!said.isEmpty()) {
            lines.add(String.join(" ", said));
        }
    }

    /**
     * The costs of getting the job: owed now, owed from a later day (never "by" a day: travel is owed
     * once half the contract is done, 655.122(h)(1), 655.20(j)(1)), or a question for an advocate.
     */
    private void costs(List<String> lines) {
        for (Cost c : a.reimbursements().costs()) {
            switch (c.status()) {
                case OWED -> lines.add(t("wage.sum.cost.OWED." + c.kind(), money(c.owed())));
                // the day has passed but the paychecks entered stop before it: owed if the worker got there
                case IF_WORKED_UNTIL -> lines.add(t("wage.sum.cost.PAST." + c.kind(), money(c.paid()), day(c.owedFrom())));
                case NOT_YET -> {
                    String line = t("wage.sum.cost.NOT_YET." + c.kind(), money(c.paid()));
                    if ("TRAVEL".equals(c.kind())) {
                        line += " " + (c.owedFrom() == null ? t("wage.sum.cost.half")
                                : t("wage.sum.cost.halfFrom", day(c.owedFrom())));
                    }
                    lines.add(line);
                }
                case ASK_ADVOCATE -> lines.add(t("wage.sum.cost.ASK_ADVOCATE." + c.kind()));
                default -> {
                    // paid back: nothing to say
                }
            }
        }
    }

    private static String money(BigDecimal amount) {
        return WageWords.money(amount);
    }

    private String day(LocalDate d) {
        return WageWords.day(locale, d);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
