package org.jornada.rights.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.platform.control.Languages;
import org.jornada.platform.control.Messages;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.control.WageAnswer.Cost;
import org.jornada.rights.control.WageAnswer.DeductionResult;
import org.jornada.rights.control.WageAnswer.Gap;
import org.jornada.rights.control.WageAnswer.Note;
import org.jornada.rights.control.WageAnswer.PeriodResult;
import org.jornada.rights.control.WageAnswer.Window;
import org.jornada.rights.control.WageCheck;
import org.jornada.rights.control.WageQuestion;
import org.jornada.rights.control.WageQuestion.DeductionType;
import org.jornada.rights.control.WageRate;

/**
 * The words of a wage check's answer (issue #25, "Words a worker reads"): the one code path from a
 * {@link WageAnswer} to what people read, used by the wage check page, {@code POST
 * /api/v1/wage-check} and staff's rendering of kept answers ({@link WageAnswerJson#notes}).
 * <ul>
 * <li>{@link #summary()}: the answer's first lines, for a reader with primary schooling: how much,
 * why, what to do. Short sentences, "usted", no regulation numbers, days as "11 de mayo de 2027",
 * amounts as "$1,234.50" in both languages; the estimate's caveat once, as the last line.</li>
 * <li>{@link #advocate()}: what an advocate checks: the floor and the table row it came from, each
 * rule applied with its citation, the figures missing from the tables, the clocks, every note.</li>
 * <li>{@link #note}: one note in words, its ISO days as long dates and its amounts as money.</li>
 * </ul>
 * Every legal fact said comes from ../shared/reference/domain-reference.md sections 2 and 3 and
 * aewr-2026.md; the bundle keys are {@code wage.sum.*} (summary) and {@code wage.adv.*} (advocate).
 * <pre>
 * WageAnswerWords words = new WageAnswerWords(answer, Visa.H2A, "NC", Locale.forLanguageTag("es"));
 * words.summary(); // ["Le deben por lo menos $86.40.", "La ley pedía por lo menos $16.16 por hora. ...", ...]
 * </pre>
 */
public final class WageAnswerWords {

    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private final WageAnswer a;
    private final WageQuestion.Visa visa;
    private final String state;
    private final Locale locale;

    /**
     * @param visa the visa the question was about (null: read from the answer where it matters)
     * @param state the question's state (two letters)
     */
    public WageAnswerWords(WageAnswer answer, WageQuestion.Visa visa, String state, Locale locale) {
        this.a = Objects.requireNonNull(answer);
        this.visa = visa;
        this.state = state;
        this.locale = Languages.supported(locale);
    }

    /** The advocate's section: the floor, each rule applied with its citation, the gaps, the clocks, the notes. */
    public record Advocate(String floor, String basis, String rule, String table, boolean notOfficial,
            String totalShortfall, List<String> deductions, List<String> threeFourths, List<String> costs,
            List<String> gaps, List<String> deadlines, List<String> notes) {
    }

    // ---------------------------------------------------------------- the summary

    /** The answer's first lines: the total, each reason with money, what is uncertain, what to do. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
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
        wages(lines);
        deductions(lines);
        threeFourths(lines);
        costs(lines);
        for (Gap g : a.gaps()) {
            if (g.knownHigher()) {
                lines.add(t("wage.sum.gap." + g.kind(), stateName(locale, g.state())) + " " + t("wage.sum.gap.more"));
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

    // ---------------------------------------------------------------- the advocate's section

    /** What an advocate reads: every figure with where it came from and the rule applied. */
    public Advocate advocate() {
        WageAnswer.Floor f = a.floor();
        String basis = Messages.get(locale, "wage.basis." + f.basis().name(), tableName(locale, f.table()));
        String rule = t(isH2b() ? "wage.adv.floorRule.H2B" : "wage.adv.floorRule.H2A");
        String table = f.table() == null ? null : t("wage.table", tableName(locale, f.table()),
                "US".equals(f.table().state()) ? t("wage.federal") : stateName(locale, f.table().state()),
                day(f.table().effectiveFrom()), statusText(locale, f.table()), f.table().source());
        List<String> deductions = a.deductions().stream().map(this::deduction).toList();
        List<String> costs = a.reimbursements().costs().stream().map(this::cost).toList();
        List<String> gaps = a.gaps().stream().map(g -> note(locale, new Note("wage.gap." + g.kind(), List.of(g.state(),
                g.from().toString(), g.to().toString(), g.hours(), g.nextKnown() == null ? "" : g.nextKnown().rate(),
                g.nextKnown() == null ? "" : g.nextKnown().effectiveFrom().toString())))).toList();
        List<String> deadlines = a.deadlines().stream()
                .map(d -> t("wage.deadline." + d.rule(), day(d.dueOn()))).toList();
        return new Advocate(money(f.hourly()) + " " + t("wage.perHour"), basis, rule, table,
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

    /**
     * Every note in words, but the caveat (said once, as the summary's last line) and the gaps (said
     * in their own list): the advocate's section.
     */
    public List<String> notes() {
        return a.assumptions().stream()
                .filter(n -> !"wage.note.advocateChecks".equals(n.key()) && !n.key().startsWith("wage.gap."))
                .map(this::said).toList();
    }

    /** Every note in words, the caveat and the gaps included: the API's {@code assumptions}. */
    public List<String> allNotes() {
        return a.assumptions().stream().map(this::said).toList();
    }

    /** One note in words; the table of a figure not from DOL's own table named in the reader's words. */
    private String said(Note n) {
        WageRate table = "wage.note.notOfficial".equals(n.key()) ? tableNamed(n.args().isEmpty() ? null : n.args().get(0))
                : null;
        return table == null ? note(locale, n)
                : t("wage.note.notOfficial", tableName(locale, table), statusText(locale, table), table.source());
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
    public List<String> floors(PeriodResult p) {
        if (p.floors().isEmpty()) {
            return List.of(money(p.floor()));
        }
        return p.floors().stream().map(f -> t("wage.adv.floorSpan", money(f.floor().hourly()),
                shortDays(locale, f.from(), f.to()))).toList();
    }

    // ---------------------------------------------------------------- notes, money, days

    /**
     * One note in {@code locale}: its ISO days (yyyy-mm-dd) as long dates, its amounts as money, its
     * states by name, a table status in words. {@code args} may be the engine's objects or a kept
     * answer's strings: which argument is money or hours is known by the key, so both read the same.
     */
    public static String note(Locale locale, Note n) {
        List<Object> raw = n.args();
        String key = n.key();
        boolean gap = key.startsWith("wage.gap.");
        Object[] args = new Object[raw.size() + (gap ? 1 : 0)];
        for (int i = 0; i < raw.size(); i++) {
            args[i] = arg(locale, key, i, raw.get(i));
        }
        if (gap && raw.size() >= 6) {
            // each $1 an hour above the floor used adds as many dollars as the hours worked then
            args[raw.size()] = money(decimal(raw.get(3)));
            String text = Messages.get(locale, key, args);
            String next = raw.get(4) == null ? "" : String.valueOf(raw.get(4));
            return next.isBlank() ? text : text + " " + Messages.get(locale, "wage.gap.next", args[4], args[5]);
        }
        return Messages.get(locale, key, args);
    }

    private static Object arg(Locale locale, String key, int i, Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value).strip();
        boolean gap = key.startsWith("wage.gap.");
        if (i == 0 && (gap || "wage.assume.noHousingAdjustment".equals(key))) {
            return stateName(locale, text);
        }
        if (i == 0 && key.startsWith("wage.note.deduction") && text.isEmpty()) {
            return Messages.get(locale, "wage.deduction.noWords");
        }
        if (ISO_DAY.matcher(text).matches()) {
            return day(locale, LocalDate.parse(text));
        }
        if (gap && i == 3) {
            return hours(decimal(text));
        }
        boolean money = (key.startsWith("wage.note.deduction") && i == 1)
                || ("wage.note.housingAdjustment".equals(key) && i == 0) || (gap && i == 4);
        if ((money || value instanceof BigDecimal) && NUMBER.matcher(text).matches()) {
            return money(new BigDecimal(text));
        }
        if (i == 1 && ("wage.note.housingAdjustment".equals(key) || "wage.note.notOfficial".equals(key))) {
            String status = Messages.get(locale, "wage.status." + text);
            return status.startsWith("wage.status.") ? text : status;
        }
        return value instanceof Number ? text : value;
    }

    private static BigDecimal decimal(Object value) {
        String text = value == null ? "" : String.valueOf(value).strip();
        return NUMBER.matcher(text).matches() ? new BigDecimal(text) : BigDecimal.ZERO;
    }

    /** Dollars as both languages write them here: "$1,234.50". */
    public static String money(BigDecimal amount) {
        return amount == null ? "" : String.format(Locale.US, "$%,.2f", amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** Hours as a plain number: "40", "52.5". */
    public static String hours(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A day as people read it: "11 de mayo de 2027", "May 11, 2027". */
    public static String day(Locale locale, LocalDate day) {
        return day == null ? "" : day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Languages.supported(locale)));
    }

    /** A paycheck's days, short enough for a table cell on a 360 px phone ("5 may – 11 may", "May 5 – May 11"). */
    public static String shortDays(Locale locale, LocalDate from, LocalDate to) {
        Locale l = Languages.supported(locale);
        DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("es".equals(l.getLanguage()) ? "d MMM" : "MMM d", l);
        // each day kept whole (no-break space), so a narrow cell breaks only after the dash
        String a = from == null ? "" : from.format(shortDay).replace(".", "").replace(' ', '\u00a0');
        String b = to == null ? "" : to.format(shortDay).replace(".", "").replace(' ', '\u00a0');
        return a + " – " + b;
    }

    /** A state's name in {@code locale}; the code itself when it is not a state. */
    public static String stateName(Locale locale, String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Messages.get(locale, "usstate." + code);
        return name.startsWith("usstate.") ? code : name;
    }

    /** How sure a table's figure is, in words. */
    public static String statusText(Locale locale, WageRate table) {
        return table == null ? "" : Messages.get(locale, "wage.status." + table.status().label());
    }

    /**
     * A wage table's name in the reader's language (issue 24): the rows' names are the official
     * English ones (kept for staff and referral packets), the worker reads what the figure is, for
     * which state and year, e.g. "Tarifa de salario por efecto adverso (AEWR) de Georgia, 2025".
     */
    public static String tableName(Locale locale, WageRate table) {
        if (table == null) {
            return "";
        }
        String kind = table.kind() == WageRate.Kind.MINIMUM_WAGE && "US".equals(table.state()) ? "FEDERAL_MINIMUM"
                : table.kind().name();
        String where = "US".equals(table.state()) ? Messages.get(locale, "wage.federal") : stateName(locale, table.state());
        // the table's year is in its code (AEWR-2025, whose rows may take effect in late December 2024)
        Matcher year = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)").matcher(table.table() == null ? "" : table.table());
        return Messages.get(locale, "wage.tableName." + kind, where,
                year.find() ? year.group(1) : String.valueOf(table.effectiveFrom().getYear()));
    }

    private String day(LocalDate d) {
        return day(locale, d);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
