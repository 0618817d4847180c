package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jornada.directory.control.ChainReports;
import org.jornada.directory.control.JobCheckQuery;
import org.jornada.directory.control.JobCheckRules;
import org.jornada.directory.control.JobCheckRules.Party;
import org.jornada.directory.entity.CaseSuffix;
import org.jornada.directory.entity.Certification;
import org.jornada.directory.entity.ChainDecision;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.control.NameKey;

/**
 * The job check's queries (issue #28): finds the certifications a question is about (by case
 * number; by the employers the directory's name search finds; or through the Foreign Labor
 * Recruiter List rows of the recruiter named), the agents and recruiters disclosed for each
 * (recruiter list rows matched by the case number's last six digits and the fiscal year, less the
 * pairs staff unlinked in {@code chain_link}), and each entry's debarments, WHD actions and
 * verified cases; {@link JobCheckRules} decides. A handful of indexed queries per question.
 */
@ApplicationScoped
@Transactional
public class JobChecks {

    /** The most certifications one answer reads (an employer's season rarely has more than a few). */
    static final int MAX_CERTS = 60;
    /** How many entries a typed name may stand for. */
    static final int MAX_NAMED = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryIndex index;

    @Inject
    Instance<ChainReports> chainReports;

    @Inject
    Clock clock;

    public JobCheckRules.Verdict check(JobCheckQuery query) {
        LocalDate today = LocalDate.now(clock);
        List<Party> employers = query.employer() == null ? List.of() : named(query.employer(), EntityKind.EMPLOYER);
        List<Party> recruiters = query.recruiter() == null ? List.of() : named(query.recruiter(), EntityKind.RECRUITER);
        List<Certification> rows;
        if (query.byCaseNumber()) {
            rows = em.createQuery("SELECT c FROM Certification c WHERE c.caseNumber = :n", Certification.class)
                    .setParameter("n", query.caseNumber()).getResultList();
        } else if (!employers.isEmpty()) {
            rows = em.createQuery("SELECT c FROM Certification c WHERE c.employerId IN :ids AND (c.fiscalYear >= :fy"
                    + " OR c.endDate >= :since OR c.beginDate >= :since) ORDER BY c.beginDate DESC", Certification.class)
                    .setParameter("ids", ids(employers)).setParameter("fy", JobCheckRules.fiscalYear(today) - 1)
                    .setParameter("since", today.minusMonths(18)).setMaxResults(MAX_CERTS).getResultList();
        } else if (query.employer() == null && !recruiters.isEmpty()) {
            rows = throughRecruiters(ids(recruiters), today);
        } else {
            rows = List.of();
        }
        List<JobCheckRules.Cert> certs = chain(rows);
        Set<Long> parties = new LinkedHashSet<>(ids(employers));
        parties.addAll(ids(recruiters));
        for (JobCheckRules.Cert c : certs) {
            parties.add(c.employer().id());
            parties.addAll(ids(c.agents()));
            parties.addAll(ids(c.recruiters()));
        }
        return JobCheckRules.decide(new JobCheckRules.Facts(today, query, employers, recruiters, certs, bans(parties),
                whdActions(parties), verified(parties), Profiles.minimumReports()));
    }

    /**
     * The entries a typed name stands for: those with its very match key ({@code NameKey}) when
     * there are any, else those of its kind alike enough and near the best match.
     */
    private List<Party> named(String typed, EntityKind kind) {
        List<DirectoryIndex.Match> matches = index.matches(typed, kind, JobCheckRules.SAME_NAME, MAX_NAMED);
        String key = NameKey.of(typed);
        List<DirectoryIndex.Match> sameKey = matches.stream().filter(m -> NameKey.of(m.entry().name()).equals(key)).toList();
        double best = matches.isEmpty() ? 0 : matches.get(0).score();
        return (sameKey.isEmpty() ? matches : sameKey).stream().filter(m -> m.score() >= best - 0.1)
                .map(m -> new Party(m.entry().id(), m.entry().name())).toList();
    }

    /** This season's certifications whose recruiter list rows name one of these recruiters (as recruiter or sub-recruiter). */
    private List<Certification> throughRecruiters(Collection<Long> recruiterIds, LocalDate today) {
        // one query per column, so that each uses its own index (an OR of the two does not, on H2)
        Set<Long> ids = new LinkedHashSet<>();
        for (String column : List.of("r.recruiterId", "r.subRecruiterId")) {
            ids.addAll(em.createQuery("SELECT DISTINCT c.id FROM RecruiterDisclosure r, Certification c WHERE " + column
                    + " IN :ids AND " + LISTED + " AND (c.fiscalYear >= :fy OR c.endDate >= :since OR c.beginDate >= :since)",
                    Long.class).setParameter("ids", recruiterIds).setParameter("fy", JobCheckRules.fiscalYear(today) - 1)
                    .setParameter("since", today.minusMonths(18)).setMaxResults(MAX_CERTS).getResultList());
        }
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT c FROM Certification c WHERE c.id IN :ids"
                + " ORDER BY c.beginDate DESC", Certification.class).setParameter("ids", ids).setMaxResults(MAX_CERTS)
                .getResultList();
    }

    /** A recruiter list row belongs to a certification when these agree (as {@link RecruitmentChain} joins them). */
    private static final String LISTED = "c.caseSuffix = r.caseSuffix"
            + " AND (r.fiscalYear IS NULL OR c.fiscalYear IS NULL OR r.fiscalYear = c.fiscalYear)"
            + " AND (r.visaClass IS NULL OR r.visaClass = c.visaClass)";

    /** Each certification with its agent and its disclosed recruiters and sub-recruiters, less staff's unlinked pairs. */
    private List<JobCheckRules.Cert> chain(List<Certification> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<String> suffixes = new LinkedHashSet<>();
        rows.forEach(c -> CaseSuffix.of(c.getCaseNumber()).ifPresent(suffixes::add));
        List<Object[]> disclosures = suffixes.isEmpty() ? List.of() : em.createQuery("SELECT r.caseSuffix, r.caseNumber,"
                + " r.fiscalYear, r.visaClass, r.recruiterId, r.subRecruiterId FROM RecruiterDisclosure r"
                + " WHERE r.caseSuffix IN :s", Object[].class).setParameter("s", suffixes).setMaxResults(2000).getResultList();
        Set<Long> entries = new HashSet<>();
        rows.forEach(c -> {
            entries.add(c.getEmployerId());
            if (c.getAgentId() != null) {
                entries.add(c.getAgentId());
            }
        });
        for (Object[] d : disclosures) {
            entries.add((Long) d[4]);
            if (d[5] != null) {
                entries.add((Long) d[5]);
            }
        }
        Map<Long, String> names = names(entries);
        Set<String> unlinked = unlinked(rows.stream().map(Certification::getEmployerId).distinct().toList());
        List<JobCheckRules.Cert> certs = new ArrayList<>();
        for (Certification c : rows) {
            long employer = c.getEmployerId();
            List<Party> agents = c.getAgentId() == null || unlinked.contains(pair(employer, c.getAgentId())) ? List.of()
                    : List.of(new Party(c.getAgentId(), names.get(c.getAgentId())));
            Map<Long, Party> recruiters = new java.util.LinkedHashMap<>();
            // a sub-recruiter is disclosed through its recruiter: hidden with that recruiter's link
            disclosures.stream().filter(d -> sameCase(c, d) && !unlinked.contains(pair(employer, (Long) d[4])))
                    .flatMap(d -> java.util.stream.Stream.of(d[4], d[5]))
                    .filter(id -> id != null && !unlinked.contains(pair(employer, (Long) id)))
                    .forEach(id -> recruiters.putIfAbsent((Long) id, new Party((Long) id, names.get((Long) id))));
            certs.add(new JobCheckRules.Cert(c.getCaseNumber(), c.getVisaClass(), c.getFiscalYear(), c.getStatus(),
                    new Party(employer, names.get(employer)), c.getWorksiteState(), c.getBeginDate(), c.getEndDate(),
                    c.getJobTitle(), c.getCrop(), c.getWageOffer(), c.getWageUnit(), c.getWorkersCertified(), agents,
                    List.copyOf(recruiters.values())));
        }
        return certs;
    }

    /**
     * A recruiter list row is this case's: the same last six digits, and the same whole number,
     * fiscal year and visa class where both sides give them.
     */
    private static boolean sameCase(Certification c, Object[] d) {
        return CaseSuffix.of(c.getCaseNumber()).map(s -> s.equals(d[0])).orElse(false)
                && (d[1] == null || c.getCaseNumber().equalsIgnoreCase((String) d[1]))
                && (d[2] == null || c.getFiscalYear() == null || c.getFiscalYear().equals(d[2]))
                && (d[3] == null || d[3].equals(c.getVisaClass()));
    }

    private Map<Long, String> names(Set<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e.id, e.name FROM DirectoryEntry e WHERE e.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    /** The pairs ("low|high") staff said are not linked ({@code chain_link} UNLINKED), for these employers. */
    private Set<String> unlinked(List<Long> employers) {
        Set<String> pairs = new HashSet<>();
        em.createQuery("SELECT d FROM ChainDecision d WHERE d.decision = :unlinked AND (d.entryA IN :ids OR d.entryB IN :ids)",
                ChainDecision.class).setParameter("unlinked", ChainDecision.Decision.UNLINKED).setParameter("ids", employers)
                .getResultStream().forEach(d -> pairs.add(pair(d.getEntryA(), d.getEntryB())));
        return pairs;
    }

    private static String pair(long a, long b) {
        return Math.min(a, b) + "|" + Math.max(a, b);
    }

    private List<JobCheckRules.Ban> bans(Set<Long> parties) {
        return parties.isEmpty() ? List.of() : em.createQuery("SELECT d.entityId, d.startDate, d.endDate FROM Debarment d"
                + " WHERE d.entityId IN :ids", Object[].class).setParameter("ids", parties).getResultList().stream()
                .map(r -> new JobCheckRules.Ban((Long) r[0], (LocalDate) r[1], (LocalDate) r[2])).toList();
    }

    private Map<Long, Integer> whdActions(Set<Long> parties) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!parties.isEmpty()) {
            em.createQuery("SELECT a.employerId, COUNT(a) FROM EnforcementAction a WHERE a.employerId IN :ids"
                    + " AND (a.h2aViolations > 0 OR a.h2bViolations > 0) GROUP BY a.employerId", Object[].class)
                    .setParameter("ids", parties).getResultList()
                    .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        return counts;
    }

    /** Verified cases per entry, from casework through the directory's hook; none when nobody answers it. */
    private Map<Long, Long> verified(Set<Long> parties) {
        Map<Long, Long> counts = new HashMap<>();
        if (chainReports.isResolvable()) {
            ChainReports reports = chainReports.get();
            parties.forEach(id -> counts.put(id, reports.verified(id)));
        }
        return counts;
    }

    private static List<Long> ids(List<Party> parties) {
        return parties.stream().map(Party::id).toList();
    }
}
