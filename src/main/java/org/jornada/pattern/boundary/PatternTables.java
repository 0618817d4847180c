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
 * show them (hidden counts read "fewer than 5"), with the period, the filters, the data dates and
 * the suppression rule written at the top.
 */
@ApplicationScoped
public class PatternTables {

    @Inject
    Patterns patterns;

    /** The views an export can hold. */
    public enum View { ENTITIES, TRENDS, MAP }

    public PatternTable of(View view, PatternFilter filter, String option, Locale locale) {
        return switch (view) {
            case ENTITIES -> entities("RECRUITER".equalsIgnoreCase(option) ? Patterns.Kind.RECRUITER
                    : Patterns.Kind.EMPLOYER, filter, locale);
            case TRENDS -> trends("SEASON".equalsIgnoreCase(option) ? Patterns.By.SEASON : Patterns.By.MONTH, filter,
                    locale);
            case MAP -> map("MX_RECRUITMENT".equalsIgnoreCase(option) ? Patterns.MapOf.MX_RECRUITMENT
                    : Patterns.MapOf.US_WORKSITE, filter, locale);
        };
    }

    private List<String> about(PatternFilter f, Locale locale) {
        Patterns.DataDates dates = patterns.dataDates();
        int minimum = Patterns.minimumCell();
        return List.of(
                Messages.get(locale, "pattern.export.period", f.from().toString(), f.to().toString()),
                Messages.get(locale, "pattern.export.filters", f.visa() == null ? "—" : f.visa().name(),
                        f.group() == null ? "—" : Messages.get(locale, "group." + f.group().name()),
                        f.state() == null ? "—" : f.state(), f.crop() == null ? "—" : f.crop(),
                        Messages.get(locale, f.verifiedOnly() ? "caseview.yes" : "caseview.no")),
                Messages.get(locale, "pattern.export.dates", dates.cases() == null ? "—" : dates.cases().toString(),
                        dates.certifications() == null ? "—" : dates.certifications().toString()),
                Messages.get(locale, "pattern.rule", minimum));
    }

    private static Object count(Long value, Locale locale) {
        return value == null ? Messages.get(locale, "pattern.fewerThan", Patterns.minimumCell()) : value;
    }

    private PatternTable entities(Patterns.Kind kind, PatternFilter f, Locale locale) {
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
        for (Patterns.EntityRow r : patterns.entities(kind, f, Patterns.Sort.RATE)) {
            List<Object> row = new ArrayList<>();
            row.add(r.name());
            row.add(count(r.complaints(), locale));
            row.add(r.certifiedWorkers() == null ? "—" : r.certifiedWorkers());
            row.add(r.ratePer100() != null ? r.ratePer100()
                    : Messages.get(locale, r.suppressed() ? "pattern.rate.hidden" : "pattern.rate.tooFew"));
            for (CategoryGroup g : CategoryGroup.values()) {
                row.add(count(r.byGroup().get(g), locale));
            }
            row.add(r.backWages() == null ? "—" : r.backWages());
            row.add(r.debarred() ? Messages.get(locale, "caseview.yes") : "");
            row.add(r.rating() == null ? "—" : r.rating());
            row.add(count(r.organizingRequests(), locale));
            row.add(r.alert() ? Messages.get(locale, "pattern.alert") : "");
            rows.add(row);
        }
        return new PatternTable(Messages.get(locale, "pattern.kind." + kind.name()), about(f, locale), header, rows);
    }

    private PatternTable trends(Patterns.By by, PatternFilter f, Locale locale) {
        List<String> header = new ArrayList<>(List.of(Messages.get(locale, "pattern.col.period"),
                Messages.get(locale, "pattern.col.complaints")));
        for (CategoryGroup g : CategoryGroup.values()) {
            header.add(Messages.get(locale, "group." + g.name()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Patterns.TrendRow t : patterns.trends(by, f)) {
            List<Object> row = new ArrayList<>(List.of(t.period(), count(t.complaints(), locale)));
            for (CategoryGroup g : CategoryGroup.values()) {
                row.add(count(t.byGroup().get(g), locale));
            }
            rows.add(row);
        }
        return new PatternTable(Messages.get(locale, "pattern.trends"), about(f, locale), header, rows);
    }

    private PatternTable map(Patterns.MapOf of, PatternFilter f, Locale locale) {
        boolean us = of == Patterns.MapOf.US_WORKSITE;
        List<String> header = us ? List.of(Messages.get(locale, "pattern.col.state"),
                Messages.get(locale, "pattern.col.complaints"), Messages.get(locale, "pattern.col.certified"),
                Messages.get(locale, "pattern.col.rate"))
                : List.of(Messages.get(locale, "pattern.col.state"), Messages.get(locale, "pattern.col.complaints"));
        List<List<Object>> rows = new ArrayList<>();
        for (Patterns.MapCell c : patterns.map(of, f)) {
            String name = Messages.get(locale, (us ? "usstate." : "mxstate.") + c.state());
            rows.add(us ? List.of(name, count(c.complaints(), locale),
                    c.certifiedWorkers() == null ? "—" : c.certifiedWorkers(),
                    c.ratePer100() == null ? "—" : c.ratePer100()) : List.of(name, count(c.complaints(), locale)));
        }
        return new PatternTable(Messages.get(locale, us ? "pattern.map.us" : "pattern.map.mx"), about(f, locale), header,
                rows);
    }
}
