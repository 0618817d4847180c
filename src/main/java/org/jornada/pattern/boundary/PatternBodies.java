package org.jornada.pattern.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.pattern.control.PatternFilter;

/** What the pattern API answers, as records (docs/api.md); a hidden count is null with {@code suppressed}. */
public final class PatternBodies {

    private PatternBodies() {
    }

    public record Period(String from, String to) {
        static Period of(PatternFilter f) {
            return new Period(f.from().toString(), f.to().toString());
        }
    }

    public record DataDates(LocalDate cases, LocalDate certifications) {
        static DataDates of(PatternCounting.DataDates d) {
            return new DataDates(d.cases(), d.certifications());
        }
    }

    /** The filters as applied, written into every answer and export. */
    public record Filters(String visa, String group, String state, String crop, boolean verifiedOnly) {
        static Filters of(PatternFilter f) {
            return new Filters(f.visa() == null ? null : f.visa().name(), f.group() == null ? null : f.group().name(),
                    f.state(), f.crop(), f.verifiedOnly());
        }
    }

    public record Entity(long entityId, String name, Long complaints, boolean suppressed, Long certifiedWorkers,
            BigDecimal ratePer100, Map<CategoryGroup, Long> byGroup, BigDecimal backWages, boolean debarred,
            BigDecimal rating, boolean alert, Long organizingRequests) {
        static Entity of(PatternCounting.EntityRow r) {
            return new Entity(r.entityId(), r.name(), r.complaints(), r.suppressed(), r.certifiedWorkers(),
                    r.ratePer100(), r.byGroup(), r.backWages(), r.debarred(), r.rating(), r.alert(),
                    r.organizingRequests());
        }
    }

    /** A page of a ranking: {@code nextOffset} where the next starts, null on the last. */
    public record Entities(String kind, int minimumCell, Period period, Filters filters, DataDates dataDates,
            String suppressionRule, List<Entity> items, int offset, int limit, int total, Integer nextOffset) {
    }

    public record Trend(String period, Long complaints, boolean suppressed, Map<CategoryGroup, Long> byGroup) {
        static Trend of(PatternCounting.TrendRow r) {
            return new Trend(r.period(), r.complaints(), r.suppressed(), r.byGroup());
        }
    }

    public record Trends(String by, int minimumCell, Period period, Filters filters, DataDates dataDates,
            String suppressionRule, List<Trend> items) {
    }

    public record MapItem(String state, Long complaints, boolean suppressed, Long certifiedWorkers,
            BigDecimal ratePer100) {
        static MapItem of(PatternCounting.MapCell c) {
            return new MapItem(c.state(), c.complaints(), c.suppressed(), c.certifiedWorkers(), c.ratePer100());
        }
    }

    public record MapAnswer(String of, int minimumCell, Period period, Filters filters, DataDates dataDates,
            String suppressionRule, List<MapItem> items) {
    }

    /** An employer a recruiter supplies, as its ranking row counts it; {@code profile} its public page. */
    public record ChainEmployer(long entityId, String name, String profile, Long complaints, boolean suppressed,
            Long certifiedWorkers, BigDecimal ratePer100, List<String> sources) {
        static ChainEmployer of(org.jornada.pattern.control.ChainView.Employer e, ChainCounting.Answer a) {
            return new ChainEmployer(e.entityId(), a.name(e.entityId()), "/employers/" + e.entityId(), e.complaints(),
                    e.suppressed(), e.certifiedWorkers(), e.ratePer100(), e.sources());
        }
    }

    /** A recruiter, the complaints naming it ({@code ownComplaints}), its employers and the numbers across them. */
    public record ChainRecruiter(long entityId, String name, String profile, Long ownComplaints, boolean ownSuppressed,
            int employerCount, List<ChainEmployer> employers, Long certifiedWorkers, Long complaints, boolean suppressed,
            BigDecimal ratePer100) {
        static ChainRecruiter of(org.jornada.pattern.control.ChainView.Recruiter r, ChainCounting.Answer a) {
            return new ChainRecruiter(r.entityId(), a.name(r.entityId()), "/recruiters/" + r.entityId(),
                    r.ownComplaints(), r.ownSuppressed(), r.employerCount(),
                    r.employers().stream().map(e -> ChainEmployer.of(e, a)).toList(), r.certifiedWorkers(),
                    r.complaints(), r.suppressed(), r.ratePer100());
        }
    }

    /** A recruiter behind an employer of the most complaints: the complaints naming it. */
    public record ChainBehind(long entityId, String name, String profile, Long complaints, boolean suppressed,
            List<String> sources) {
    }

    public record ChainTop(long entityId, String name, String profile, Long complaints, boolean suppressed,
            Long certifiedWorkers, BigDecimal ratePer100, int recruiterCount, List<ChainBehind> recruiters) {
        static ChainTop of(org.jornada.pattern.control.ChainView.TopEmployer t, ChainCounting.Answer a) {
            return new ChainTop(t.entityId(), a.name(t.entityId()), "/employers/" + t.entityId(), t.complaints(),
                    t.suppressed(), t.certifiedWorkers(), t.ratePer100(), t.recruiterCount(), t.recruiters().stream()
                            .map(b -> new ChainBehind(b.entityId(), a.name(b.entityId()), "/recruiters/" + b.entityId(),
                                    b.complaints(), b.suppressed(), b.sources())).toList());
        }
    }

    /** The chain view: a page of recruiters ({@code nextOffset} null on the last) and the top employers. */
    public record Chain(String sort, int minimumCell, Period period, Filters filters, DataDates dataDates,
            String suppressionRule, List<ChainRecruiter> recruiters, int offset, int limit, int total, Integer nextOffset,
            List<ChainTop> topEmployers) {
    }
}
