package org.jornada.directory.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.SupportedLocales;

/** The job check's words in the reader's language: the flags, the rules always given, dates and wages. */
public final class JobCheckTexts {

    private JobCheckTexts() {
    }

    /** A rule the worker is always told, with where it comes from. */
    public record Rule(String text, String citation) {
    }

    /**
     * The rules every answer gives, from ../shared/reference/domain-reference.md: section 2 (no
     * payment of any kind from workers for the certification, recruitment or visa: H-2A 20 CFR
     * 655.135(j) and (k), 8 CFR 214.2(h)(5)(xi)(A); H-2B 20 CFR 655.20(o) and (p), 8 CFR
     * 214.2(h)(6)(i)(B); "If you paid a recruiter a fee in your home country, your employer must
     * reimburse you ... in your first paycheck", dol.gov/general/migrantworker/recruitment, given
     * there for H-2B) and section 4 (National Human Trafficking Hotline 1-888-373-7888, text HELP
     * to 233733).
     */
    public static List<Rule> rules(Locale locale) {
        return List.of(rule(locale, "jobcheck.rule.noFees"), rule(locale, "jobcheck.rule.reimburse"),
                rule(locale, "jobcheck.rule.hotline"));
    }

    private static Rule rule(Locale locale, String key) {
        return new Rule(Messages.get(locale, key), Messages.get(locale, key + ".cite"));
    }

    public static String flag(JobCheckRules.Flag flag, Locale locale) {
        Object[] args = flag.args().stream().map(a -> a instanceof LocalDate d ? date(d, locale) : a).toArray();
        if (flag.messageKey().equals("jobcheck.flag.datesDoNotMatch.state")) {
            args = flag.args().stream().map(a -> java.util.Arrays.stream(String.valueOf(a).split(", "))
                    .map(code -> stateName(code, locale)).collect(java.util.stream.Collectors.joining(", "))).toArray();
        }
        return Messages.get(locale, flag.messageKey(), args);
    }

    /** A US state's name in the reader's language (the bundles' {@code usstate.XX}); the code when unknown. */
    public static String stateName(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Messages.get(locale, "usstate." + code);
        return name.startsWith("usstate.") ? code : name;
    }

    /** "30 de septiembre de 2026" / "September 30, 2026"; empty when unknown. */
    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(SupportedLocales.supported(locale)).format(day);
    }

    /** "$16.08 por hora"; empty when the file gave no wage. */
    public static String wage(BigDecimal offer, String unit, Locale locale) {
        if (offer == null) {
            return "";
        }
        String per = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        String key = per.startsWith("hour") ? "hour" : per.startsWith("week") ? "week" : per.startsWith("month")
                ? "month" : per.startsWith("year") ? "year" : per.contains("piece") ? "piece" : null;
        String amount = "$" + offer.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        return key == null ? (unit == null ? amount : amount + " (" + unit + ")")
                : Messages.get(locale, "jobcheck.per." + key, amount);
    }
}
