package org.jornada.rights.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.platform.control.Messages;
import org.jornada.rights.control.WageRate;

/**
 * The small words of a wage check's answer, the same on the page, in the API and in the notes
 * ({@link WageAnswerWords}, {@link WageNoteWords}): money as "$1,234.50" in both languages, hours as
 * a plain number, days as people read them, states and wage tables by name.
 * <pre>
 * WageWords.money(new BigDecimal("1234.5"));                        // "$1,234.50"
 * WageWords.day(Locale.forLanguageTag("es"), LocalDate.of(2027, 5, 11)); // "11 de mayo de 2027"
 * </pre>
 */
public final class WageWords {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)");

    private WageWords() {
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
                .withLocale(SupportedLocales.supported(locale)));
    }

    /** A paycheck's days, short enough for a table cell on a 360 px phone ("5 may – 11 may", "May 5 – May 11"). */
    public static String shortDays(Locale locale, LocalDate from, LocalDate to) {
        Locale l = SupportedLocales.supported(locale);
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
        Matcher year = YEAR.matcher(table.table() == null ? "" : table.table());
        return Messages.get(locale, "wage.tableName." + kind, where,
                year.find() ? year.group(1) : String.valueOf(table.effectiveFrom().getYear()));
    }
}
