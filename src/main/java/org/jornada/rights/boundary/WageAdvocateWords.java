package org.jornada.rights.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jornada.platform.control.Messages;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.control.WageAnswer.Cost;
import org.jornada.rights.control.WageAnswer.DeductionResult;
import org.jornada.rights.control.WageAnswer.Note;
import org.jornada.rights.control.WageAnswer.PeriodResult;
import org.jornada.rights.control.WageAnswer.Window;
import org.jornada.rights.control.WageQuestion;
import org.jornada.rights.control.WageRate;

/**
 * What an advocate checks in a wage check's answer ({@link WageAnswerWords#advocate()}): the floor
 * and the table row it came from, each rule applied with its citation, the figures missing from the
 * tables, the clocks, every note. Bundle keys {@code wage.adv.*}.
 */
final class WageAdvocateWords {

    private final WageAnswer a;
    private final WageQuestion.Visa visa;
    private final Locale locale;

    /** @param visa the visa the question was about (null: read from the answer) */
    WageAdvocateWords(WageAnswer answer, WageQuestion.Visa visa, Locale locale) {
        this.a = answer;
        this.visa = visa;
        this.locale = locale;
    }

    /** Every figure with where it came from and the rule applied. */
    WageAnswerWords.Advocate advocate() {
        WageAnswer.Floor f = a.floor();
        String basis = Messages.get(locale, "wage.basis." + f.basis().name(), WageWords.tableName(locale, f.table()));
        String rule = t(isH2b() ? "wage.adv.floorRule.H2B" : "wage.adv.floorRule.H2A");
        String table = f.table() == null ? null : t("wage.table", WageWords.tableName(locale, f.table()),
                "US".equals(f.table().state()) ? t("wage.federal") : WageWords.stateName(locale, f.table().state()),
                day(f.table().effectiveFrom()), WageWords.statusText(locale, f.table()), f.table().source());
        List<String> deductions = a.deductions().stream().map(this::deduction).toList();
        List<String> costs = a.reimbursements().costs().stream().map(this::cost).toList();
        List<String> gaps = a.gaps().stream().map(g -> WageNoteWords.note(locale, new Note("wage.gap." + g.kind(),
                List.of(g.state(), g.from().toString(), g.to().toString(), g.hours(),
                        g.nextKnown() == null ? "" : g.nextKnown().rate(),
                        g.nextKnown() == null ? "" : g.nextKnown().effectiveFrom().toString())))).toList();
        List<String> deadlines = a.deadlines().stream()
                .map(d -> t("wage.deadline." + d.rule(), day(d.dueOn()))).toList();
        return new WageAnswerWords.Advocate(money(f.hourly()) + " " + t("wage.perHour"), basis, rule, table,
                f.table() != null && !f.table().official(), t("wage.total", money(a.totalShortfall())), deductions,
                threeFourthsLines(), costs, gaps, deadlines, notes());
    }

    private boolean isH2b() {
        if (visa != null) {
            return visa == WageQuestion.Visa.H2B;
        }
        return a.threeFourths() != null && !a.threeFourths().enforced();
    }

    private String deduction(DeductionResult d) {
        String what = t("wage.deduction.type." + d.type().name())
                + (d.kind() == null || d.kind().isBlank() ? "" : " (" + d.kind() + ")");
        return d.owedBack().signum() > 0 ? t("wage.adv.deduction.owed", what, money(d.amount()), money(d.owedBack()), d.rule())
                : t("wage.adv.deduction.check", what, money(d.amount()), d.rule());
    }

    private List<String> threeFourthsLines() {
        WageAnswer.ThreeFourths t = a.threeFourths();
        List<String> lines = new ArrayList<>();
        if (t == null) {
            return lines;
        }
        lines.add(t(t.enforced() ? "wage.adv.tf.rule.H2A" : "wage.adv.tf.rule.H2B"));
        lines.add(t("wage.adv.tf", hours(t.hoursOffered()), hours(t.hoursGuaranteed()), hours(t.hoursWorked()),
                money(t.rate())));
        for (Window w : t.windows()) {
            lines.add(w.due()
                    ? t("wage.adv.tf.window", day(w.from()), day(w.to()), hours(w.hoursOffered()),
                            hours(w.hoursGuaranteed()), hours(w.hoursWorked()), hours(w.hoursMissingDays()),
                            money(w.shortfall()), money(w.shortfallIfNoWork()))
                    : t("wage.adv.tf.window.notDue", day(w.from()), day(w.to()), hours(w.hoursOffered()),
                            hours(w.hoursGuaranteed()), hours(w.hoursWorked())));
        }
        if (!t.missingDays().isEmpty()) {
            lines.add(t("wage.adv.tf.missing", String.join("; ", t.missingDays().stream()
                    .map(s -> t("wage.adv.span", day(s.from()), day(s.to()))).toList())));
        }
        return lines;
    }

    private String cost(Cost c) {
        String what = t("wage.adv.cost.kind." + c.kind());
        String paid = money(c.paid());
        return switch (c.status()) {
            case OWED -> t("wage.adv.cost.OWED", what, paid, money(c.owed()), day(c.owedFrom()), c.rule());
            case NOT_YET, IF_WORKED_UNTIL -> t("wage.adv.cost.NOT_YET", what, paid, c.owedFrom() == null
                    ? t("wage.adv.cost.when." + c.kind()) : t("wage.adv.cost.whenFrom." + c.kind(), day(c.owedFrom())),
                    c.rule());
            case ASK_ADVOCATE -> c.rule() == null ? t("wage.adv.cost.ASK_ADVOCATE.noRule", what, paid)
                    : t("wage.adv.cost.ASK_ADVOCATE", what, paid, c.rule());
            case REIMBURSED -> c.rule() == null ? t("wage.adv.cost.REIMBURSED.noRule", what, paid)
                    : t("wage.adv.cost.REIMBURSED", what, paid, c.rule());
        };
    }

    /** Every note in words, but the caveat (the summary's last line) and the gaps (their own list). */
    List<String> notes() {
        return a.assumptions().stream()
                .filter(n -> !"wage.note.advocateChecks".equals(n.key()) && !n.key().startsWith("wage.gap."))
                .map(this::said).toList();
    }

    /** Every note in words, the caveat and the gaps included. */
    List<String> allNotes() {
        return a.assumptions().stream().map(this::said).toList();
    }

    /** One note in words; the table of a figure not from DOL's own table named in the reader's words. */
    private String said(Note n) {
        WageRate table = "wage.note.notOfficial".equals(n.key()) ? tableNamed(n.args().isEmpty() ? null : n.args().get(0))
                : null;
        return table == null ? WageNoteWords.note(locale, n)
                : t("wage.note.notOfficial", WageWords.tableName(locale, table), WageWords.statusText(locale, table),
                        table.source());
    }

    /** The table a note names by its official name: the answer's floor's, or a paycheck's. */
    private WageRate tableNamed(Object name) {
        List<WageRate> tables = new ArrayList<>();
        tables.add(a.floor().table());
        a.periods().forEach(p -> p.floors().forEach(f -> tables.add(f.floor().table())));
        return tables.stream().filter(Objects::nonNull).filter(t -> t.tableName().equals(String.valueOf(name)))
                .findFirst().orElse(null);
    }

    /** A paycheck's floors with their days, when the floor changed within it ("$14.00: 29 dic – 31 dic"). */
    List<String> floors(PeriodResult p) {
        if (p.floors().isEmpty()) {
            return List.of(money(p.floor()));
        }
        return p.floors().stream().map(f -> t("wage.adv.floorSpan", money(f.floor().hourly()),
                WageWords.shortDays(locale, f.from(), f.to()))).toList();
    }

    private static String money(BigDecimal amount) {
        return WageWords.money(amount);
    }

    private static String hours(BigDecimal value) {
        return WageWords.hours(value);
    }

    private String day(LocalDate d) {
        return WageWords.day(locale, d);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
