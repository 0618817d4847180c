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
}
