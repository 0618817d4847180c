package org.jornada.directory.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The job check's decisions (issue #28, "¿Es real esta oferta?"), plain logic over facts the
 * directory gathered ({@code JobChecks}): which certifications answer the question, and the red
 * flags. Semantics (docs/directory.md, "The job check"):
 * <ul>
 * <li>a certification counts unless DOL denied it or it was withdrawn; asked by employer or
 * recruiter, only <em>this season's</em>: its period covers today or begins within the coming
 * 12 months, or its fiscal year is the current or the next one (asked by case number: any);</li>
 * <li>{@code NOT_CERTIFIED}: none counts;</li>
 * <li>{@code DATES_DO_NOT_MATCH}: some count, but none is in the state asked, or all have ended;</li>
 * <li>{@code RECRUITER_NOT_DISCLOSED}: a recruiter is named and is not among the recruiters and
 * sub-recruiters disclosed for the certifications shown (by directory entry or by a name scored
 * at least {@link #SAME_NAME} alike);</li>
 * <li>{@code DEBARRED}: the employer, an agent or a recruiter with a debarment in force today;</li>
 * <li>{@code WHD_FINDINGS}: an employer with WHD actions finding H-2A or H-2B violations;</li>
 * <li>{@code VERIFIED_COMPLAINTS}: an employer or recruiter with at least the minimum number of
 * verified cases ({@code JORNADA_MIN_REPORTS}).</li>
 * </ul>
 */
public final class JobCheckRules {

    /** How alike a typed name and a directory name must be to be taken as the same (0..1). */
    public static final double SAME_NAME = 0.75;

    private JobCheckRules() {
    }

    /** A directory entry in the chain: employer, agent or recruiter. */
    public record Party(long id, String name) {
    }

    /** A certification as the directory holds it, with the agents and recruiters disclosed for it. */
    public record Cert(String caseNumber, String visaClass, Integer fiscalYear, String status, Party employer,
            String state, LocalDate begin, LocalDate end, String jobTitle, String crop, BigDecimal wageOffer,
            String wageUnit, Integer workersCertified, List<Party> agents, List<Party> recruiters) {
    }

    /** A debarment of a directory entry, from {@code start} to {@code end} (either open). */
    public record Ban(long entityId, LocalDate start, LocalDate end) {

        boolean inForce(LocalDate today) {
            return (start == null || !start.isAfter(today)) && (end == null || !end.isBefore(today));
        }
    }

    /**
     * What the directory knows for one question: the certifications found (by case number, by the
     * employers named, or through the recruiter named), the entries the typed names matched, and
     * per entry its debarments, WHD actions with H-2A/H-2B violations and verified cases.
     */
    public record Facts(LocalDate today, JobCheckQuery query, List<Party> employersNamed, List<Party> recruitersNamed,
            List<Cert> certs, List<Ban> bans, Map<Long, Integer> whdActions, Map<Long, Long> verifiedCases,
            int minimumReports) {
    }

    /** A red flag: its code, the bundle key of its words and their arguments. */
    public record Flag(String code, String messageKey, List<Object> args) {
    }

    /** The answer: whether DOL certified such a job, the certifications to show, the flags. */
    public record Verdict(boolean found, List<Cert> certifications, List<Flag> flags) {

        public boolean has(String code) {
            return flags.stream().anyMatch(f -> f.code().equals(code));
        }
    }

    public static Verdict decide(Facts facts) {
        JobCheckQuery query = facts.query();
        List<Cert> counted = facts.certs().stream()
                .filter(c -> certified(c) && (query.byCaseNumber() || inSeason(c, facts.today()))).toList();
        List<Flag> flags = new ArrayList<>();
        List<Cert> shown;
        if (counted.isEmpty()) {
            shown = List.of();
            // an employer approved before (last season, read within 18 months) and not yet this one: DOL
            // publishes its approvals every quarter (reference 5a), so the new one may not be out yet;
            // said so, with the last one's end, rather than "the offer may be fake" alone
            Optional<LocalDate> before = query.byCaseNumber() ? Optional.empty() : facts.certs().stream()
                    .filter(JobCheckRules::certified).map(Cert::end).filter(Objects::nonNull).max(LocalDate::compareTo);
            if (before.isPresent() && query.employer() != null) {
                flags.add(new Flag("NOT_CERTIFIED", "jobcheck.flag.notCertified.employerBefore", List.of(before.get())));
            } else if (query.byCaseNumber() || query.employer() != null) {
                flags.add(new Flag("NOT_CERTIFIED", query.byCaseNumber() ? "jobcheck.flag.notCertified.case"
                        : "jobcheck.flag.notCertified.employer", List.of()));
            } else {
                flags.add(new Flag("RECRUITER_NOT_DISCLOSED", "jobcheck.flag.recruiterNotDisclosed.none",
                        List.of(query.recruiter())));
            }
        } else {
            List<Cert> matching = counted.stream().filter(c -> query.state() == null || query.state().equals(c.state()))
                    .filter(c -> !ended(c, facts.today())).toList();
            shown = matching.isEmpty() ? counted : matching;
            if (matching.isEmpty()) {
                flags.add(datesDoNotMatch(counted, query.state(), facts.today()));
            }
            if (query.recruiter() != null && !disclosed(query.recruiter(), facts.recruitersNamed(), shown)) {
                flags.add(new Flag("RECRUITER_NOT_DISCLOSED", "jobcheck.flag.recruiterNotDisclosed",
                        List.of(query.recruiter())));
            }
        }
        flags.addAll(partyFlags(facts, shown));
        return new Verdict(!counted.isEmpty(), shown, List.copyOf(flags));
    }

    /** Not denied, not withdrawn (OFLC's "Determination Issued - Denied/Withdrawn"). */
    static boolean certified(Cert c) {
        String status = c.status() == null ? "" : c.status().toLowerCase(Locale.ROOT);
        return !status.contains("denied") && !status.contains("withdraw") && !status.contains("rejected");
    }

    /** The federal fiscal year of a day (it begins on October 1). */
    public static int fiscalYear(LocalDate day) {
        return day.getMonthValue() >= 10 ? day.getYear() + 1 : day.getYear();
    }

    static boolean inSeason(Cert c, LocalDate today) {
        int fy = fiscalYear(today);
        if (c.fiscalYear() != null && (c.fiscalYear() == fy || c.fiscalYear() == fy + 1)) {
            return true;
        }
        LocalDate begin = c.begin();
        if (begin == null) {
            return false;
        }
        boolean startsSoon = !begin.isAfter(today.plusMonths(12));
        return startsSoon && (c.end() == null ? !begin.isBefore(today.minusMonths(12)) : !c.end().isBefore(today));
    }

    static boolean ended(Cert c, LocalDate today) {
        return c.end() != null && c.end().isBefore(today);
    }

    private static Flag datesDoNotMatch(List<Cert> counted, String state, LocalDate today) {
        boolean anyInState = state == null || counted.stream().anyMatch(c -> state.equals(c.state()));
        if (!anyInState) {
            Set<String> states = new TreeSet<>();
            counted.forEach(c -> states.add(c.state() == null ? "?" : c.state()));
            return new Flag("DATES_DO_NOT_MATCH", "jobcheck.flag.datesDoNotMatch.state",
                    List.of(String.join(", ", states), state));
        }
        LocalDate lastEnd = counted.stream().filter(c -> state == null || state.equals(c.state())).map(Cert::end)
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(today);
        return new Flag("DATES_DO_NOT_MATCH", "jobcheck.flag.datesDoNotMatch.ended", List.of(lastEnd));
    }

    /** Whether the named recruiter is among those disclosed for the certifications shown. */
    static boolean disclosed(String typed, List<Party> named, List<Cert> shown) {
        Set<Long> ids = new java.util.HashSet<>();
        named.forEach(p -> ids.add(p.id()));
        return shown.stream().flatMap(c -> c.recruiters().stream())
                .anyMatch(r -> ids.contains(r.id()) || NameIndex.similarity(typed, r.name()) >= SAME_NAME);
    }

    /** DEBARRED, WHD_FINDINGS and VERIFIED_COMPLAINTS, once per entry of the chain. */
    private static List<Flag> partyFlags(Facts facts, List<Cert> shown) {
        Map<Long, Party> employers = new LinkedHashMap<>();
        Map<Long, Party> others = new LinkedHashMap<>();
        shown.forEach(c -> employers.putIfAbsent(c.employer().id(), c.employer()));
        if (shown.isEmpty()) {
            facts.employersNamed().forEach(p -> employers.putIfAbsent(p.id(), p));
        }
        facts.recruitersNamed().forEach(p -> others.putIfAbsent(p.id(), p));
        shown.forEach(c -> c.recruiters().forEach(p -> others.putIfAbsent(p.id(), p)));
        Map<Long, Party> agents = new LinkedHashMap<>();
        shown.forEach(c -> c.agents().forEach(p -> agents.putIfAbsent(p.id(), p)));
        List<Flag> flags = new ArrayList<>();
        Map<Long, Party> everyone = new LinkedHashMap<>(employers);
        agents.forEach(everyone::putIfAbsent);
        others.forEach(everyone::putIfAbsent);
        for (Party p : everyone.values()) {
            List<Ban> inForce = facts.bans().stream().filter(b -> b.entityId() == p.id() && b.inForce(facts.today()))
                    .toList();
            if (!inForce.isEmpty()) {
                flags.add(debarred(p, inForce.stream().anyMatch(b -> b.end() == null) ? null
                        : inForce.stream().map(Ban::end).max(LocalDate::compareTo).orElseThrow()));
            }
        }
        for (Party p : employers.values()) {
            int actions = facts.whdActions().getOrDefault(p.id(), 0);
            if (actions > 0) {
                flags.add(new Flag("WHD_FINDINGS", "jobcheck.flag.whdFindings", List.of(p.name(), actions)));
            }
        }
        Map<Long, Party> complained = new LinkedHashMap<>(employers);
        others.forEach(complained::putIfAbsent);
        for (Party p : complained.values()) {
            long cases = facts.verifiedCases().getOrDefault(p.id(), 0L);
            if (cases >= facts.minimumReports()) {
                flags.add(new Flag("VERIFIED_COMPLAINTS", "jobcheck.flag.verifiedComplaints", List.of(p.name(), cases)));
            }
        }
        return flags;
    }

    private static Flag debarred(Party p, LocalDate end) {
        return end == null ? new Flag("DEBARRED", "jobcheck.flag.debarred.open", List.of(p.name()))
                : new Flag("DEBARRED", "jobcheck.flag.debarred", List.of(p.name(), end));
    }
}
