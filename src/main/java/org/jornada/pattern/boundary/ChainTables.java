package org.jornada.pattern.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jornada.pattern.control.ChainView;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.pattern.control.PatternTable;
import org.jornada.platform.control.Messages;

/**
 * The chain view as tables to export, cell for cell as {@code /union/chain} shows it: the
 * recruiters (one row per employer a recruiter supplies, the recruiter's numbers across its
 * employers repeated on each) or the employers with most complaints (one row per recruiter behind
 * one). Counts rounded, hidden ones "fewer than 5", as on the page.
 */
@ApplicationScoped
public class ChainTables {

    /** Which part of the chain view a file holds. */
    public enum Part { RECRUITERS, EMPLOYERS }

    @Inject
    ChainCounting chains;

    /**
     * How many rows an export asks for: recruiters 1 to {@link ChainCounting#MAX_LIMIT}, employers
     * of the most complaints 1 to {@link ChainCounting#MAX_TOP}; the other views' rankings 1 to
     * {@link PatternCounting#MAX_LIMIT}.
     */
    static int limit(PatternTableBuilder.View view, String option, String limit) {
        if (view != PatternTableBuilder.View.CHAIN) {
            return PatternsResource.bounded(limit, "limit", 1, PatternCounting.MAX_LIMIT, PatternCounting.MAX_ROWS);
        }
        return Part.EMPLOYERS.name().equals(option)
                ? PatternsResource.bounded(limit, "limit", 1, ChainCounting.MAX_TOP, ChainCounting.DEFAULT_TOP)
                : PatternsResource.bounded(limit, "limit", 1, ChainCounting.MAX_LIMIT, ChainCounting.DEFAULT_ROWS);
    }

    /** The part asked ({@code RECRUITERS} unless {@code EMPLOYERS}) with the lines about what it was made from. */
    PatternTable of(String option, PatternFilter f, int offset, int limit, Locale locale, List<String> about) {
        Words w = new Words(locale);
        if (Part.EMPLOYERS.name().equalsIgnoreCase(option)) {
            return employers(f, limit, w, about);
        }
        ChainCounting.Answer a = chains.chain(f, true, offset, limit, 1);
        List<List<Object>> rows = new ArrayList<>();
        for (ChainView.Recruiter r : a.page().rows()) {
            List<Object> recruiter = List.of(a.name(r.entityId()), w.count(r.ownComplaints()), r.employerCount(),
                    w.workers(r.certifiedWorkers()), w.count(r.complaints()), w.rate(r.ratePer100(), r.suppressed()));
            for (ChainView.Employer e : r.employers()) {
                List<Object> row = new ArrayList<>(recruiter);
                row.addAll(List.of(a.name(e.entityId()), w.count(e.complaints()), w.workers(e.certifiedWorkers()),
                        w.rate(e.ratePer100(), e.suppressed()), w.sources(e.sources())));
                rows.add(row);
            }
        }
        List<String> lines = new ArrayList<>(about);
        lines.add(Messages.get(locale, "pattern.chain.export.rows", offset + 1, offset + a.page().rows().size(),
                a.page().total(), ChainView.MAX_LISTED));
        return new PatternTable(Messages.get(locale, "pattern.chain.recruiters"), lines, w.headings(
                "pattern.chain.col.recruiter", "pattern.chain.col.own", "pattern.chain.col.employerCount",
                "pattern.chain.col.certified", "pattern.chain.col.complaints", "pattern.chain.col.rate",
                "pattern.chain.col.employer", "pattern.col.complaints", "pattern.col.certified", "pattern.col.rate",
                "pattern.chain.col.source"), rows);
    }

    private PatternTable employers(PatternFilter f, int top, Words w, List<String> about) {
        ChainCounting.Answer a = chains.chain(f, true, 0, 1, top);
        List<List<Object>> rows = new ArrayList<>();
        for (ChainView.TopEmployer t : a.top()) {
            List<Object> employer = List.of(a.name(t.entityId()), w.count(t.complaints()), w.workers(t.certifiedWorkers()),
                    w.rate(t.ratePer100(), t.suppressed()));
            for (ChainView.Behind b : t.recruiters()) {
                List<Object> row = new ArrayList<>(employer);
                row.addAll(List.of(a.name(b.entityId()), w.count(b.complaints()), w.sources(b.sources())));
                rows.add(row);
            }
        }
        List<String> lines = new ArrayList<>(about);
        lines.add(Messages.get(w.locale, "pattern.chain.export.top", a.top().size(), ChainView.MAX_LISTED));
        return new PatternTable(Messages.get(w.locale, "pattern.chain.top"), lines, w.headings("pattern.chain.col.employer",
                "pattern.col.complaints", "pattern.col.certified", "pattern.col.rate", "pattern.chain.col.recruiter",
                "pattern.chain.col.own", "pattern.chain.col.source"), rows);
    }

    /** The words of one table, made once: "fewer than 5", why there is no rate, the sources' names. */
    private static final class Words {
        private final Locale locale;
        private final String fewer;
        private final String rateHidden;
        private final String tooFew;

        Words(Locale locale) {
            this.locale = locale;
            fewer = Messages.get(locale, "pattern.fewerThan", PatternCounting.minimumCell());
            rateHidden = Messages.get(locale, "pattern.rate.hidden");
            tooFew = Messages.get(locale, "pattern.rate.tooFew");
        }

        Object count(Long value) {
            return value == null ? fewer : value;
        }

        Object workers(Long value) {
            return value == null ? "—" : value;
        }

        Object rate(BigDecimal rate, boolean suppressed) {
            return rate != null ? rate : suppressed ? rateHidden : tooFew;
        }

        String sources(List<String> sources) {
            return sources.stream().map(s -> Messages.get(locale, "pattern.chain.source." + s))
                    .collect(Collectors.joining("; "));
        }

        List<String> headings(String... keys) {
            return java.util.Arrays.stream(keys).map(k -> Messages.get(locale, k)).toList();
        }
    }
}
