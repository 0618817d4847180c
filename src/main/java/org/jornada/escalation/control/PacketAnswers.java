package org.jornada.escalation.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jornada.platform.control.Messages;

/**
 * Answers each fact an authority asks for (its own words, from V11__authorities.sql) from what the
 * case holds: the directory's DOL records of the employer, the wage checks kept on the case, the
 * evidence list, the related cases. What the worker keeps private is "through the organization",
 * with how to reach it; what the case does not hold is said so, never guessed (issue #24). Written
 * for the authority, in its packet language: amounts as $1,234.56, states as words.
 */
public final class PacketAnswers {

    private PacketAnswers() {
    }

    /** One asked-for fact and its answer. */
    public record Answer(String asked, String answer) {
    }

    public static List<Answer> of(PacketFacts f) {
        return f.authorityAsks().stream().map(asked -> new Answer(asked, answer(f, asked))).toList();
    }

    /** The answer to one asked-for fact, recognised by its words (WHD's list first; any other: what fits). */
    static String answer(PacketFacts f, String asked) {
        String a = asked.toLowerCase(Locale.ROOT);
        if (a.contains("employer") || a.contains("establishment") || a.contains("agency name")) {
            return employer(f);
        }
        if (a.contains("manager") || a.contains("owner") || a.contains("management official")) {
            return t(f, "packet.answer.notInCase");
        }
        if (a.contains("your name") || a.equals("name") || a.contains("complainant")) {
            return f.isNamed() ? t(f, "packet.answer.nameNotAsked", reach(f)) : t(f, "packet.answer.private", reach(f));
        }
        if (a.contains("phone") && !a.contains("employer")) {
            return f.isNamed() ? t(f, "packet.answer.contact", t(f, "contact." + f.worker().contactChannel()),
                    f.worker().contact()) : t(f, "packet.answer.private", reach(f));
        }
        if (a.contains("address")) {
            return t(f, "packet.answer.private", reach(f));
        }
        if (a.contains("type of work") || a.contains("duties") || a.contains("type of business")) {
            return work(f);
        }
        if (a.contains("how and when paid")) {
            return howPaid(f);
        }
        if (a.contains("pay rate")) {
            return rate(f);
        }
        if (a.contains("frequency")) {
            return frequency(f);
        }
        if (a.contains("deduction")) {
            return deductions(f);
        }
        if (a.contains("pay stub")) {
            return stubs(f);
        }
        if (a.contains("hours")) {
            return hours(f);
        }
        if (a.contains("others affected") || a.contains("number of employees")) {
            return t(f, "packet.answer.others", String.valueOf(f.relatedCases()), certified(f));
        }
        if (a.equals("dates") || a.contains("dates")) {
            return dates(f);
        }
        return t(f, "packet.answer.notInCase");
    }

    private static String t(PacketFacts f, String key, Object... args) {
        return Messages.get(f.language(), key, args);
    }

    /** "Centro de Trabajadores, +1 (912) 555-0100, ayuda@example.org": how to reach the worker. */
    static String reach(PacketFacts f) {
        PacketFacts.Reach r = f.reach();
        List<String> parts = new ArrayList<>();
        parts.add(r.organization());
        parts.add(r.phone());
        parts.add(r.email());
        return String.join(", ", parts.stream().filter(Objects::nonNull).toList());
    }

    public static String money(BigDecimal value) {
        return value == null ? "?" : String.format(Locale.US, "$%,.2f", value);
    }

    private static String number(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }

    static String month(PacketFacts f, YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, f.language()) + " " + month.getYear();
    }

    private static String employer(PacketFacts f) {
        PacketFacts.ChainLink named = f.chain().stream().filter(l -> l.role().equals("EMPLOYER")).findFirst().orElse(null);
        PacketFacts.Employer e = f.employer();
        if (e == null) {
            return named == null ? t(f, "packet.answer.notInCase")
                    : t(f, "packet.answer.employer.asNamed", named.nameAsGiven());
        }
        String place = e.city() == null && e.state() == null ? t(f, "packet.answer.notInCase")
                : String.join(", ", java.util.stream.Stream.of(e.city(), org.jornada.platform.control.UsStates.name(e.state()))
                        .filter(Objects::nonNull).toList());
        String agents = String.join("; ", e.jobs().stream().map(PacketFacts.Job::agent).filter(Objects::nonNull).distinct()
                .toList());
        String answer = t(f, "packet.answer.employer", e.name(), place);
        if (named != null && !named.nameAsGiven().equals(e.name())) {
            answer += " " + t(f, "packet.answer.employer.named", named.nameAsGiven());
        }
        if (!agents.isEmpty()) {
            answer += " " + t(f, "packet.answer.agent", agents);
        }
        return answer;
    }

    private static String work(PacketFacts f) {
        String visa = visa(f.visaType());
        List<String> jobs = f.employer() == null ? List.of() : f.employer().jobs().stream().limit(3)
                .map(j -> t(f, "packet.answer.job", Objects.requireNonNullElse(j.jobTitle(), "?"),
                        j.crop() == null ? "—" : j.crop(), Objects.requireNonNullElse(j.caseNumber(), "?")))
                .toList();
        return jobs.isEmpty() ? t(f, "packet.answer.work.visa", visa) : t(f, "packet.answer.work", visa, String.join("; ", jobs));
    }

    public static String visa(String code) {
        return code == null ? "?" : code.replace("H2A", "H-2A").replace("H2B", "H-2B");
    }

    private static String dates(PacketFacts f) {
        List<String> parts = new ArrayList<>();
        if (f.startedOn() != null) {
            parts.add(f.endedOn() == null ? t(f, "packet.answer.dates.ongoing", month(f, f.startedOn()))
                    : t(f, "packet.answer.dates.worker", month(f, f.startedOn()), month(f, f.endedOn())));
        }
        if (f.employer() != null) {
            f.employer().jobs().stream().filter(j -> j.begin() != null && j.end() != null).limit(3).forEach(j -> parts
                    .add(t(f, "packet.answer.dates.certified", j.begin().toString(), j.end().toString(),
                            Objects.requireNonNullElse(j.caseNumber(), "?"))));
        }
        LocalDate first = f.pay().stream().flatMap(p -> p.periods().stream()).map(PacketFacts.PayPeriod::from)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        LocalDate last = f.pay().stream().flatMap(p -> p.periods().stream()).map(PacketFacts.PayPeriod::to)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        if (first != null && last != null) {
            parts.add(t(f, "packet.answer.dates.periods", first.toString(), last.toString()));
        }
        return parts.isEmpty() ? t(f, "packet.answer.notInCase") : String.join(" ", parts);
    }

    private static String howPaid(PacketFacts f) {
        String basis = f.pay().stream().map(PacketFacts.Pay::basis).filter(Objects::nonNull).findFirst().orElse(null);
        String how = basis == null ? t(f, "packet.answer.notInCase") : t(f, "packet.answer.basis." + basis);
        String often = f.pay().isEmpty() ? "" : " " + frequency(f);
        return how + often + " " + t(f, "packet.answer.method");
    }

    private static String frequency(PacketFacts f) {
        List<Long> lengths = f.pay().stream().flatMap(p -> p.periods().stream())
                .filter(p -> p.from() != null && p.to() != null)
                .map(p -> ChronoUnit.DAYS.between(p.from(), p.to()) + 1).distinct().toList();
        if (lengths.size() != 1) {
            return t(f, "packet.answer.notInCase");
        }
        long days = lengths.get(0);
        String every = days == 7 ? t(f, "packet.answer.weekly") : days == 14 ? t(f, "packet.answer.biweekly")
                : t(f, "packet.answer.everyDays", String.valueOf(days));
        return t(f, "packet.answer.frequency", every);
    }

    private static String rate(PacketFacts f) {
        List<String> parts = new ArrayList<>();
        f.pay().stream().map(PacketFacts.Pay::promisedRate).filter(Objects::nonNull).findFirst()
                .ifPresent(r -> parts.add(t(f, "packet.answer.rate.promised", money(r))));
        if (f.employer() != null) {
            f.employer().jobs().stream().filter(j -> j.wageOffer() != null).findFirst().ifPresent(j -> parts.add(
                    t(f, "packet.answer.rate.offered", money(j.wageOffer()), Objects.requireNonNullElse(j.wageUnit(), "?"),
                            Objects.requireNonNullElse(j.caseNumber(), "?"))));
        }
        f.pay().stream().map(PacketFacts.Pay::floor).filter(Objects::nonNull).findFirst()
                .ifPresent(r -> parts.add(t(f, "packet.answer.rate.floor", money(r))));
        for (PacketFacts.Pay p : f.pay()) {
            for (PacketFacts.PayPeriod period : p.periods()) {
                if (period.hours() != null && period.hours().signum() > 0 && period.paid() != null) {
                    parts.add(t(f, "packet.answer.rate.paid", String.valueOf(period.from()), String.valueOf(period.to()),
                            money(period.paid()), number(period.hours()),
                            money(period.paid().divide(period.hours(), 2, java.math.RoundingMode.HALF_UP))));
                }
            }
        }
        return parts.isEmpty() ? t(f, "packet.answer.notInCase") : String.join(" ", parts);
    }

    private static String deductions(PacketFacts f) {
        List<BigDecimal> amounts = f.pay().stream().flatMap(p -> p.deductions().stream()).filter(Objects::nonNull).toList();
        if (amounts.isEmpty()) {
            return f.pay().isEmpty() ? t(f, "packet.answer.notInCase") : t(f, "packet.answer.deductions.none");
        }
        BigDecimal total = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return t(f, "packet.answer.deductions", String.join(", ", amounts.stream().map(PacketAnswers::money).toList()),
                money(total));
    }

    private static String stubs(PacketFacts f) {
        if (f.evidence().isEmpty()) {
            return t(f, "packet.answer.files.none");
        }
        return t(f, f.evidenceAttached() ? "packet.answer.files.attached" : "packet.answer.files.kept",
                String.valueOf(f.evidence().size()), reach(f));
    }

    private static String hours(PacketFacts f) {
        List<String> parts = new ArrayList<>();
        for (PacketFacts.Pay p : f.pay()) {
            for (PacketFacts.PayPeriod period : p.periods()) {
                if (period.hours() != null) {
                    parts.add(t(f, "packet.answer.hours.period", String.valueOf(period.from()), String.valueOf(period.to()),
                            number(period.hours())));
                }
            }
        }
        String files = f.evidence().isEmpty() ? "" : " " + stubs(f);
        return parts.isEmpty() ? t(f, "packet.answer.notInCase") + files
                : t(f, "packet.answer.hours", String.join("; ", parts)) + files;
    }

    private static String certified(PacketFacts f) {
        return f.employer() == null ? "—" : f.employer().jobs().stream().map(PacketFacts.Job::workersCertified)
                .filter(Objects::nonNull).findFirst().map(String::valueOf).orElse("—");
    }
}
