package org.jornada.pattern.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chain view as shown (issue #28): per recruiter, the employers it supplies (DOL's Foreign
 * Labor Recruiter List and staff links), the complaints about them and their certified workers
 * across them; and the recruiters behind the employers with most complaints. Every count goes
 * through {@link Suppression#shown} like the other views: an employer's count is the very number
 * its ranking row shows; a recruiter's count across its employers is rounded on its own from its
 * true total (never the sum of rounded parts); its rate is of that shown total, only from
 * {@link Rates#MIN_CERTIFIED} workers; the order comes from the shown numbers only, ties by id.
 * So a recruiter's total, its employers' counts and the rankings are all multiples of the
 * minimum, and no difference of two of them, in one view or across filters, lies strictly
 * between 0 and the minimum ({@code SuppressionPropertyTest}).
 */
public final class ChainView {

    /** The employers listed under one recruiter, and the recruiters under one employer, at most. */
    public static final int MAX_LISTED = 50;

    /** A recruiter that supplies an employer, and where the link comes from ({@code RECRUITER_LIST}, {@code STAFF}). */
    public record Link(long recruiterId, long employerId, List<String> sources) {
    }

    /** True counts per directory entry, by id in order (copied out of a view's {@link EntitySums}). */
    public record Counts(long[] ids, long[] counts) {

        public static Counts of(EntitySums sums) {
            long[] counts = new long[sums.size()];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = sums.total(i);
            }
            return new Counts(sums.entityIds().clone(), counts);
        }

        long get(long id) {
            int at = Arrays.binarySearch(ids, id);
            return at < 0 ? 0 : counts[at];
        }
    }

    /** One employer under a recruiter, as its ranking row shows it. */
    public record Employer(long entityId, Long complaints, boolean suppressed, Long certifiedWorkers,
            BigDecimal ratePer100, List<String> sources) {
    }

    /**
     * A recruiter as shown: the complaints naming it ({@code own}), its employers (the first
     * {@link #MAX_LISTED}, most complaints first), and across them the workers certified, the
     * complaints and the rate.
     */
    public record Recruiter(long entityId, Long ownComplaints, boolean ownSuppressed, int employerCount,
            List<Employer> employers, Long certifiedWorkers, Long complaints, boolean suppressed, BigDecimal ratePer100) {
    }

    /** The recruiters asked for, and how many the view has. */
    public record Page(List<Recruiter> rows, int total) {
    }

    /** A recruiter behind an employer: the complaints naming it, and where the link comes from. */
    public record Behind(long entityId, Long complaints, boolean suppressed, List<String> sources) {
    }

    /** An employer of the most complaints, with its recruiters. */
    public record TopEmployer(long entityId, Long complaints, boolean suppressed, Long certifiedWorkers,
            BigDecimal ratePer100, int recruiterCount, List<Behind> recruiters) {
    }

    private final Map<Long, List<Link>> byRecruiter = new TreeMap<>();
    private final Map<Long, List<Link>> byEmployer = new TreeMap<>();
    private final Counts employerCases;
    private final Counts recruiterCases;
    private final CertifiedWorkers.PerEmployer certified;
    private final int minimum;

    /**
     * @param employerCases the true complaints per employer under the view's filters
     * @param recruiterCases the true complaints per recruiter (naming it) under the same filters
     * @param certified workers certified per employer in the filters' seasons, visa, state, crop
     */
    public ChainView(Collection<Link> links, Counts employerCases, Counts recruiterCases,
            CertifiedWorkers.PerEmployer certified, int minimum) {
        for (Link link : links) {
            byRecruiter.computeIfAbsent(link.recruiterId(), k -> new ArrayList<>()).add(link);
            byEmployer.computeIfAbsent(link.employerId(), k -> new ArrayList<>()).add(link);
        }
        this.employerCases = employerCases;
        this.recruiterCases = recruiterCases;
        this.certified = certified;
        this.minimum = minimum;
    }

    /** The shown rate in tenths, -1 for none: what {@link Rates#per100} shows, times 10. */
    private static long tenths(long shown, Long workers) {
        return shown > 0 && workers != null && workers >= Rates.MIN_CERTIFIED ? (2 * shown * 1000 + workers) / (2 * workers)
                : -1;
    }

    /** What one recruiter adds up to across its employers, from the true counts. */
    private record Sums(long recruiterId, long complaints, Long workers, long own) {

        boolean listed() {
            return complaints > 0 || own > 0 || workers != null && workers > 0;
        }
    }

    private Sums sums(long recruiterId) {
        long complaints = 0;
        Long workers = null;
        for (Link link : byRecruiter.get(recruiterId)) {
            complaints += employerCases.get(link.employerId());
            Long w = certified.get(link.employerId());
            if (w != null) {
                workers = Long.valueOf((workers == null ? 0L : workers.longValue()) + w.longValue());
            }
        }
        return new Sums(recruiterId, complaints, workers, recruiterCases.get(recruiterId));
    }

    /**
     * A page of the recruiters with a complaint or a certified worker across their employers, or a
     * complaint naming them: by the rate across their employers (no rate last) then the count, or by
     * the count; the shown numbers only, ties by id.
     */
    public Page recruiters(boolean byRate, int offset, int limit) {
        List<Sums> listed = byRecruiter.keySet().stream().map(this::sums).filter(Sums::listed).toList();
        long[] shown = listed.stream().mapToLong(s -> Suppression.shownOrZero(s.complaints(), minimum)).toArray();
        long[] rate = new long[listed.size()];
        for (int i = 0; i < rate.length; i++) {
            rate[i] = tenths(shown[i], listed.get(i).workers());
        }
        Ranking.Order order = (a, b) -> {
            if (byRate && rate[a] != rate[b]) {
                return rate[a] > rate[b];
            }
            return shown[a] != shown[b] ? shown[a] > shown[b] : listed.get(a).recruiterId() < listed.get(b).recruiterId();
        };
        int[] best = Ranking.best(listed.size(), (int) Math.min(listed.size(), (long) offset + limit), order);
        List<Recruiter> rows = new ArrayList<>();
        for (int k = offset; k < best.length; k++) {
            rows.add(recruiter(listed.get(best[k])));
        }
        return new Page(rows, listed.size());
    }

    private Recruiter recruiter(Sums s) {
        List<Link> links = byRecruiter.get(s.recruiterId());
        List<Employer> employers = links.stream().map(this::employer)
                .sorted(Comparator.comparingLong((Employer e) -> -(e.complaints() == null ? 0 : e.complaints()))
                        .thenComparingLong(Employer::entityId))
                .limit(MAX_LISTED).toList();
        Long total = Suppression.shown(s.complaints(), minimum);
        Long own = Suppression.shown(s.own(), minimum);
        return new Recruiter(s.recruiterId(), own, own == null, links.size(), employers, s.workers(), total,
                total == null, Rates.per100(total, s.workers()));
    }

    private Employer employer(Link link) {
        Long shown = Suppression.shown(employerCases.get(link.employerId()), minimum);
        Long workers = certified.get(link.employerId());
        return new Employer(link.employerId(), shown, shown == null, workers, Rates.per100(shown, workers),
                link.sources());
    }

    /**
     * The employers with the most complaints as shown (at least the minimum), most first, ties by
     * id, among those with a recruiter known; each with its recruiters (the first
     * {@link #MAX_LISTED}, most complaints naming them first).
     */
    public List<TopEmployer> topEmployers(int top) {
        long[] ids = byEmployer.keySet().stream().mapToLong(Long::longValue)
                .filter(id -> Suppression.shownOrZero(employerCases.get(id), minimum) > 0).toArray();
        long[] shown = Arrays.stream(ids).map(id -> Suppression.shownOrZero(employerCases.get(id), minimum)).toArray();
        int[] best = Ranking.best(ids.length, Math.min(ids.length, top),
                (a, b) -> shown[a] != shown[b] ? shown[a] > shown[b] : ids[a] < ids[b]);
        List<TopEmployer> result = new ArrayList<>();
        for (int i : best) {
            long id = ids[i];
            Long workers = certified.get(id);
            List<Link> links = byEmployer.get(id);
            List<Behind> recruiters = links.stream().map(l -> {
                Long own = Suppression.shown(recruiterCases.get(l.recruiterId()), minimum);
                return new Behind(l.recruiterId(), own, own == null, l.sources());
            }).sorted(Comparator.comparingLong((Behind b) -> -(b.complaints() == null ? 0 : b.complaints()))
                    .thenComparingLong(Behind::entityId)).limit(MAX_LISTED).toList();
            result.add(new TopEmployer(id, shown[i], false, workers, Rates.per100(shown[i], workers), links.size(),
                    recruiters));
        }
        return result;
    }
}
