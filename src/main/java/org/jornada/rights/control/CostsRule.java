package org.jornada.rights.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jornada.rights.control.WageAnswer.Cost;
import org.jornada.rights.control.WageAnswer.CostStatus;
import org.jornada.rights.control.WageAnswer.DeductionResult;
import org.jornada.rights.control.WageAnswer.Note;
import org.jornada.rights.control.WageQuestion.DeductionType;
import org.jornada.rights.control.WageQuestion.Visa;

/**
 * Deductions and the costs of getting the job, visa by visa (issue #25, rules 3 and 4), each from
 * ../shared/reference/domain-reference.md section 2; where the reference gives no rule, no figure:
 * an advocate checks.
 * <ul>
 * <li>H-2A housing is free (655.122(d)) and so are tools (655.122(f), letter unverified in the
 * reference): a deduction for either is owed back. Meals may be charged up to DOL's meal charge
 * (655.122(g)), which the tables do not hold: an advocate checks the amount. Other deductions must
 * be lawful and in writing (655.122(p)).</li>
 * <li>Inbound travel and subsistence, both visas: owed once half the contract is done
 * (655.122(h)(1); H-2B 655.20(j)(1)).</li>
 * <li>H-2B visa, visa-processing, border-crossing and related fees: in the first workweek
 * (655.20(j)(2)). H-2B recruitment fees: paid back "in your first paycheck" (655.20(o);
 * dol.gov/general/migrantworker/recruitment).</li>
 * <li>H-2A visa fees and recruitment fees: the reference forbids the fees (655.135(j), (k)) but
 * gives no rule for paying them back: "ask an advocate", no figure.</li>
 * </ul>
 */
final class CostsRule {

    private CostsRule() {
    }

    static List<DeductionResult> deductions(WageQuestion q, Set<Note> notes) {
        List<DeductionResult> results = new ArrayList<>();
        for (WageQuestion.Deduction d : q.deductions()) {
            BigDecimal amount = WageCheck.money(d.amount() == null ? BigDecimal.ZERO : d.amount());
            DeductionType type = d.typeOrGuess();
            String kind = d.kind() == null ? "" : d.kind();
            String rule;
            BigDecimal back = BigDecimal.ZERO.setScale(2);
            if (q.visa() == Visa.H2A && (type == DeductionType.HOUSING || type == DeductionType.TOOLS)) {
                rule = type == DeductionType.HOUSING ? "20 CFR 655.122(d)" : "20 CFR 655.122(f)";
                back = amount;
                notes.add(Note.of("wage.note.deduction." + type.name(), kind, amount));
            } else if (q.visa() == Visa.H2A && type == DeductionType.MEALS) {
                rule = "20 CFR 655.122(g)";
                notes.add(Note.of("wage.note.deduction.MEALS", kind, amount));
            } else if (q.visa() == Visa.H2A) {
                rule = "20 CFR 655.122(p)";
                notes.add(Note.of("wage.note.deduction", kind, amount));
            } else {
                rule = "20 CFR 655.20; 29 CFR 503.16";
                notes.add(Note.of("wage.note.deduction.H2B", kind, amount));
            }
            results.add(new DeductionResult(kind, type, amount, back, rule));
        }
        return results;
    }

    /**
     * @param reached the last day the worker is known to have worked (their last paycheck), or today
     */
    static WageAnswer.Reimbursements costs(WageQuestion q, LocalDate reached, LocalDate today, Set<Note> notes) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        WageQuestion.Costs c = q.costs();
        if (c == null) {
            return new WageAnswer.Reimbursements(zero, zero, zero, List.of());
        }
        boolean paidBack = Boolean.TRUE.equals(c.reimbursed());
        LocalDate start = q.contract() != null && q.contract().start() != null ? q.contract().start()
                : q.periods().stream().map(WageQuestion.Period::from).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null);
        WageQuestion.Contract k = q.contract();
        LocalDate half = k == null || k.start() == null || k.end() == null ? null
                : k.start().plusDays(ChronoUnit.DAYS.between(k.start(), k.end()) / 2);
        List<Cost> costs = new ArrayList<>();
        boolean h2a = q.visa() == Visa.H2A;
        Cost travel = dated("TRAVEL", c.inboundTravel(), paidBack, half, reached, today,
                h2a ? "20 CFR 655.122(h)(1)" : "20 CFR 655.20(j)(1)");
        Cost visa = h2a ? advocate("VISA", c.visaFees(), paidBack, null)
                : dated("VISA", c.visaFees(), paidBack, start == null ? null : start.plusDays(6), reached, today,
                        "20 CFR 655.20(j)(2)");
        LocalDate firstPaycheck = q.periods().stream().map(WageQuestion.Period::day).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        Cost fees = h2a ? advocate("RECRUITMENT_FEES", c.recruitmentFees(), paidBack, "20 CFR 655.135(j), (k)")
                : dated("RECRUITMENT_FEES", c.recruitmentFees(), paidBack, firstPaycheck, reached, today,
                        "20 CFR 655.20(o); dol.gov/general/migrantworker/recruitment");
        java.util.stream.Stream.of(travel, visa, fees).filter(Objects::nonNull).forEach(costs::add);
        if (travel != null && half == null && travel.status() == CostStatus.NOT_YET) {
            notes.add(Note.of("wage.assume.halfUnknown"));
        }
        if (h2a && (visa != null || fees != null) && !paidBack) {
            notes.add(Note.of("wage.note.h2aFeesAskAdvocate"));
        }
        if (!h2a && fees != null && fees.status() != CostStatus.REIMBURSED) {
            notes.add(Note.of("wage.note.recruitmentFees"));
        }
        return new WageAnswer.Reimbursements(owed(travel), owed(visa), owed(fees), List.copyOf(costs));
    }

    /** A cost owed back from {@code from}: owed when the worker reached that day, else not yet. */
    private static Cost dated(String kind, BigDecimal paid, boolean paidBack, LocalDate from, LocalDate reached,
            LocalDate today, String rule) {
        if (paid == null || paid.signum() == 0) {
            return null;
        }
        BigDecimal amount = WageCheck.money(paid);
        if (paidBack) {
            return new Cost(kind, amount, BigDecimal.ZERO.setScale(2), CostStatus.REIMBURSED, from, rule);
        }
        boolean due = from != null && reached != null && !reached.isBefore(from);
        if (due) {
            return new Cost(kind, amount, amount, CostStatus.OWED, from, rule);
        }
        boolean past = from != null && !from.isAfter(today);
        return new Cost(kind, amount, BigDecimal.ZERO.setScale(2), past ? CostStatus.IF_WORKED_UNTIL : CostStatus.NOT_YET,
                from, rule);
    }

    private static Cost advocate(String kind, BigDecimal paid, boolean paidBack, String rule) {
        if (paid == null || paid.signum() == 0) {
            return null;
        }
        return new Cost(kind, WageCheck.money(paid), BigDecimal.ZERO.setScale(2),
                paidBack ? CostStatus.REIMBURSED : CostStatus.ASK_ADVOCATE, null, rule);
    }

    private static BigDecimal owed(Cost cost) {
        return cost == null ? BigDecimal.ZERO.setScale(2) : cost.owed();
    }
}
