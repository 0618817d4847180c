package org.jornada.pattern.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.pattern.control.PatternTable;
import org.jornada.platform.control.Messages;

/**
 * The pattern views as tables to export, in the reader's language, cell for cell as the pages
 * show them (counts rounded, hidden ones read "fewer than 5"), with the period, the filters, the
 * data dates, the exact rounding and suppression rule and, for a ranking, which of its rows it holds
 * written at the top.
 */
@ApplicationScoped
public class PatternTableBuilder {

    @Inject
    PatternCounting patterns;

    /** The views an export can hold. */
    public enum View { ENTITIES, TRENDS, MAP, CHAIN }

    @Inject
    ChainTables chains;

    /** The first page of a ranking ({@link PatternCounting#MAX_ROWS} rows), or a whole trend or map. */
    public PatternTable of(View view, PatternFilter filter, String option, Locale locale) {
        return of(view, filter, option, 0, PatternCounting.MAX_ROWS, locale);
    }

    /**
     * A view as a table; a ranking from {@code offset}, at most {@code limit} rows, sorted by rate;
     * the chain view's part ({@code option} RECRUITERS or EMPLOYERS, {@link ChainTables}).
     */
    public PatternTable of(View view, PatternFilter filter, String option, int offset, int limit, Locale locale) {
        return switch (view) {
            case ENTITIES -> entities("RECRUITER".equalsIgnoreCase(option) ? PatternCounting.Kind.RECRUITER
                    : PatternCounting.Kind.EMPLOYER, filter, offset, limit, locale);
            case TRENDS -> trends("SEASON".equalsIgnoreCase(option) ? PatternCounting.By.SEASON : PatternCounting.By.MONTH, filter,
                    locale);
            case MAP -> map("MX_RECRUITMENT".equalsIgnoreCase(option) ? PatternCounting.MapOf.MX_RECRUITMENT
                    : PatternCounting.MapOf.US_WORKSITE, filter, locale);
            case CHAIN -> chains.of(option, filter, offset, limit, locale, about(filter, locale));
        };
    }

    private List<String> about(PatternFilter f, Locale locale) {
        PatternCounting.DataDates dates = patterns.dataDates();
        int minimum = PatternCounting.minimumCell();
        return List.of(
                Messages.get(locale, "pattern.export.period", f.from().toString(), f.to().toString()),
                Messages.get(locale, "pattern.export.filters", f.visa() == null ? "—" : f.visa().name(),
                        f.group() == null ? "—" : Messages.get(locale, "group." + f.group().name()),
                        f.state() == null ? "—" : f.state(), f.crop() == null ? "—" : f.crop(),
                        Messages.get(locale, f.verifiedOnly() ? "caseview.yes" : "caseview.no")),
                Messages.get(locale, "pattern.export.dates", dates.cases() == null ? "—" : dates.cases().toString(),
                        dates.certifications() == null ? "—" : dates.certifications().toString()),
                Messages.get(locale, "pattern.rule", org.jornada.pattern.control.Suppression.ruleArguments(minimum)));
    }

    /** A count as the page writes it: the rounded number, or "fewer than 5" (the text made once a table). */
    private static Object count(Long value, String fewer) {
        return value == null ? fewer : value;
    }

    private PatternTable entities(PatternCounting.Kind kind, PatternFilter f, int offset, int limit, Locale locale) {
        String fewer = Messages.get(locale, "pattern.fewerThan", PatternCounting.minimumCell());
        List<String> header = new ArrayList<>(List.of(Messages.get(locale, "pattern.col.name"),
                Messages.get(locale, "pattern.col.complaints"), Messages.get(locale, "pattern.col.certified"),
                Messages.get(locale, "pattern.col.rate")));
        for (CategoryGroup g : CategoryGroup.values()) {
            header.add(Messages.get(locale, "group." + g.name()));
        }
        header.addAll(List.of(Messages.get(locale, "pattern.col.backWages"), Messages.get(locale, "pattern.col.debarred"),
                Messages.get(locale, "pattern.col.rating"), Messages.get(locale, "pattern.col.organizing"),
                Messages.get(locale, "pattern.alert")));
        List<List<Object>> rows = new ArrayList<>();
        String rateHidden = Messages.get(locale, "pattern.rate.hidden");
        String tooFew = Messages.get(locale, "pattern.rate.tooFew");
        String yes = Messages.get(locale, "caseview.yes");
        String alert = Messages.get(locale, "pattern.alert");
        PatternCounting.RankingPage page = patterns.ranking(kind, f, PatternCounting.Sort.RATE, offset, limit);
        for (PatternCounting.EntityRow r : page.rows()) {
            List<Object> row = new ArrayList<>();
            row.add(r.name());
            row.add(count(r.complaints(), fewer));
            row.add(r.certifiedWorkers() == null ? "—" : r.certifiedWorkers());
            row.add(r.ratePer100() != null ? r.ratePer100() : r.suppressed() ? rateHidden : tooFew);
            for (CategoryGroup g : CategoryGroup.values()) {
                row.add(count(r.byGroup().get(g), fewer));
            }
            row.add(r.backWages() == null ? "—" : r.backWages());
            row.add(r.debarred() ? yes : "");
            row.add(r.rating() == null ? "—" : r.rating());
            row.add(count(r.organizingRequests(), fewer));
            row.add(r.alert() ? alert : "");
            rows.add(row);
        }
        List<String> about = new ArrayList<>(about(f, locale));
        about.add(Messages.get(locale, "pattern.export.rows", offset + 1, offset + page.rows().size(), page.total()));
        return new PatternTable(Messages.get(locale, "pattern.kind." + kind.name()), about, header, rows);
    }

    private PatternTable trends(PatternCounting.By by, PatternFilter f, Locale locale) {
        String fewer = Messages.get(locale, "pattern.fewerThan", PatternCounting.minimumCell());
        List<String> header = new ArrayList<>(List.of(Messages.get(locale, "pattern.col.period"),
                Messages.get(locale, "pattern.col.complaints")));
        for (CategoryGroup g : CategoryGroup.values()) {
            header.add(Messages.get(locale, "group." + g.name()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (PatternCounting.TrendRow t : patterns.trends(by, f)) {
            List<Object> row = new ArrayList<>(List.of(t.period(), count(t.complaints(), fewer)));
            for (CategoryGroup g : CategoryGroup.values()) {
                row.add(count(t.byGroup().get(g), fewer));
            }
            rows.add(row);
        }
        return new PatternTable(Messages.get(locale, "pattern.trends"), about(f, locale), header, rows);
    }

    private PatternTable map(PatternCounting.MapOf of, PatternFilter f, Locale locale) {
        String fewer = Messages.get(locale, "pattern.fewerThan", PatternCounting.minimumCell());
        boolean us = of == PatternCounting.MapOf.US_WORKSITE;
        List<String> header = us ? List.of(Messages.get(locale, "pattern.col.state"),
                Messages.get(locale, "pattern.col.complaints"), Messages.get(locale, "pattern.col.certified"),
                Messages.get(locale, "pattern.col.rate"))
                : List.of(Messages.get(locale, "pattern.col.state"), Messages.get(locale, "pattern.col.complaints"));
        List<List<Object>> rows = new ArrayList<>();
        for (PatternCounting.MapCell c : patterns.map(of, f)) {
            String name = Messages.get(locale, (us ? "usstate." : "mxstate.") + c.state());
            rows.add(us ? List.of(name, count(c.complaints(), fewer),
                    c.certifiedWorkers() == null ? "—" : c.certifiedWorkers(),
                    c.ratePer100() == null ? "—" : c.ratePer100()) : List.of(name, count(c.complaints(), fewer)));
        }
        return new PatternTable(Messages.get(locale, us ? "pattern.map.us" : "pattern.map.mx"), about(f, locale), header,
                rows);
    }
}
