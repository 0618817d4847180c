package org.jornada.pattern.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.pattern.control.SvgMap;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.UsStates;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * The pattern pages ({@code /union/rankings}, {@code /union/trends}, {@code /union/maps}) for
 * UNION, ADVOCATE and SUPERVISOR accounts: the filters come in the address (a GET form, no script
 * needed), the numbers from {@link PatternCounting}, already suppressed. Each view is audited.
 */
@Named
@RequestScoped
public class PatternsPage {

    @Inject
    PatternCounting patterns;

    @Inject
    PatternFilterReader filters;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    /** Rows a page of the ranking shows; "more" opens the next. */
    public static final int PAGE_ROWS = 100;

    private final PatternFilterParams params = new PatternFilterParams();
    private String offset;
    private PatternCounting.RankingPage ranking;
    private String kind;
    private String sort;
    private String by;
    private PatternFilter filter;
    private List<PatternCounting.EntityRow> entities;
    private List<PatternCounting.TrendRow> trends;
    private List<PatternCounting.MapCell> us;
    private List<PatternCounting.MapCell> mexico;

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /**
     * The page's view action: reads the filters once (a refused one is said on the page and the
     * view shows nothing) and audits the view with them, before anything is rendered.
     */
    public void open() {
        boolean trendsPage = FacesContext.getCurrentInstance().getViewRoot().getViewId().endsWith("/trends.xhtml");
        Optional<PatternFilter> read = PageMessages.run(() -> params.read(filters, trendsPage
                ? PatternFilterReader.Window.SEASONS : PatternFilterReader.Window.YEAR));
        filter = read.orElse(null);
        read.ifPresent(f -> audit.record(current.get(), AuditTrail.PATTERNS_READ, null,
                FacesContext.getCurrentInstance().getViewRoot().getViewId() + " " + f));
    }

    /** The filters as read by {@link #open()}; null when refused. */
    public PatternFilter getFilter() {
        return filter;
    }

    public PatternCounting.Kind getKindChosen() {
        return "RECRUITER".equalsIgnoreCase(kind) ? PatternCounting.Kind.RECRUITER : PatternCounting.Kind.EMPLOYER;
    }

    public List<PatternCounting.EntityRow> getEntities() {
        if (entities == null) {
            entities = getRanking() == null ? List.of() : ranking.rows();
        }
        return entities;
    }

    /** The page of the ranking shown (from the address's {@code offset}); null when the filters were refused. */
    public PatternCounting.RankingPage getRanking() {
        if (ranking == null && getFilter() != null) {
            int from = offset != null && offset.matches("\\d{1,8}") ? Integer.parseInt(offset) : 0;
            ranking = patterns.ranking(getKindChosen(), getFilter(),
                    "COUNT".equalsIgnoreCase(sort) ? PatternCounting.Sort.COUNT : PatternCounting.Sort.RATE, from, PAGE_ROWS);
        }
        return ranking;
    }

    /** This page's address with the next page's {@code offset}; null on the last page. */
    public String getMoreAddress() {
        PatternCounting.RankingPage page = getRanking();
        if (page == null || page.nextOffset() < 0) {
            return null;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        StringBuilder next = new StringBuilder();
        for (String part : query == null ? new String[0] : query.split("&")) {
            if (!part.isEmpty() && !part.startsWith("offset=")) {
                next.append(part).append('&');
            }
        }
        return external.getRequestContextPath() + "/union/rankings?" + next + "offset=" + page.nextOffset();
    }

    /** The exact rounding and suppression rule, said on every pattern page. */
    public String getRule() {
        return Messages.get(locale(), "pattern.rule.short",
                org.jornada.pattern.control.Suppression.ruleArguments(PatternCounting.minimumCell()));
    }

    public List<PatternCounting.EntityRow> getAlerts() {
        return getEntities().stream().filter(PatternCounting.EntityRow::alert).toList();
    }

    public List<PatternCounting.TrendRow> getTrends() {
        if (trends == null) {
            trends = getFilter() == null ? List.of()
                    : patterns.trends("SEASON".equalsIgnoreCase(by) ? PatternCounting.By.SEASON : PatternCounting.By.MONTH, getFilter());
        }
        return trends;
    }

    public List<PatternCounting.MapCell> getUsCells() {
        if (us == null) {
            us = getFilter() == null ? List.of() : patterns.map(PatternCounting.MapOf.US_WORKSITE, getFilter());
        }
        return us;
    }

    public List<PatternCounting.MapCell> getMexicoCells() {
        if (mexico == null) {
            mexico = getFilter() == null ? List.of() : patterns.map(PatternCounting.MapOf.MX_RECRUITMENT, getFilter());
        }
        return mexico;
    }

    private String fewer;

    /** A count as shown: the number, or "fewer than N" (made once a request). */
    public String count(Long value) {
        if (value != null) {
            return value.toString();
        }
        if (fewer == null) {
            fewer = Messages.get(locale(), "pattern.fewerThan", PatternCounting.minimumCell());
        }
        return fewer;
    }

    /** A rate as shown: the number, or why there is none. */
    public String rate(PatternCounting.EntityRow row) {
        if (row.ratePer100() != null) {
            return row.ratePer100().toPlainString();
        }
        return Messages.get(locale(), row.suppressed() ? "pattern.rate.hidden" : "pattern.rate.tooFew");
    }

    public String usMap() {
        Locale locale = locale();
        Map<String, SvgMap.Value> values = SvgMap.values();
        for (PatternCounting.MapCell c : getUsCells()) {
            BigDecimal shade = c.ratePer100();
            values.put(c.state(), new SvgMap.Value(shade, c.suppressed(), c.suppressed() ? count(null)
                    : Messages.get(locale, "pattern.map.usLabel", c.complaints(),
                            c.ratePer100() == null ? Messages.get(locale, "pattern.rate.tooFew") : c.ratePer100())));
        }
        Map<String, String> names = new LinkedHashMap<>();
        UsStates.CODES.forEach(code -> names.put(code, Messages.get(locale, "usstate." + code)));
        return SvgMap.draw(SvgMap.us(), values, names, new SvgMap.Words(Messages.get(locale, "pattern.map.us"),
                count(null), Messages.get(locale, "pattern.map.none"), Messages.get(locale, "pattern.map.usUnit")),
                "map-us");
    }

    public String mexicoMap() {
        Locale locale = locale();
        Map<String, SvgMap.Value> values = SvgMap.values();
        for (PatternCounting.MapCell c : getMexicoCells()) {
            values.put(c.state(), new SvgMap.Value(c.complaints() == null ? null : BigDecimal.valueOf(c.complaints()),
                    c.suppressed(), c.suppressed() ? count(null)
                            : Messages.get(locale, "pattern.map.mxLabel", c.complaints())));
        }
        Map<String, String> names = new LinkedHashMap<>();
        org.jornada.platform.control.RecruitmentPlaces.MX_STATES.forEach(code -> names.put(code,
                Messages.get(locale, "mxstate." + code)));
        return SvgMap.draw(SvgMap.mexico(), values, names, new SvgMap.Words(Messages.get(locale, "pattern.map.mx"),
                count(null), Messages.get(locale, "pattern.map.none"), Messages.get(locale, "pattern.map.mxUnit")),
                "map-mx");
    }

    /** A state's name for the tables beside the maps. */
    public String stateName(String code) {
        return Messages.get(locale(), (code.startsWith("MX-") ? "mxstate." : "usstate.") + code);
    }

    public List<CategoryGroup> getGroups() {
        return Arrays.asList(CategoryGroup.values());
    }

    public List<String> getUsStates() {
        return UsStates.CODES;
    }

    /** The trends as a Chart.js bar chart (PrimeFaces' chart component): complaints per period, hidden ones as 0. */
    public String getTrendChart() {
        StringBuilder labels = new StringBuilder();
        StringBuilder data = new StringBuilder();
        for (PatternCounting.TrendRow row : getTrends()) {
            labels.append(labels.length() == 0 ? "" : ",").append('"').append(row.period()).append('"');
            data.append(data.length() == 0 ? "" : ",").append(row.complaints() == null ? "null" : row.complaints());
        }
        String label = Messages.get(locale(), "pattern.trends.complaints").replace("\"", "'");
        return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\"" + label
                + "\",\"data\":[" + data + "],\"backgroundColor\":\"#de2d26\"}]},\"options\":{\"animation\":false,"
                + "\"scales\":{\"y\":{\"beginAtZero\":true}}}}";
    }

    /**
     * Where a number of the view opens the cases behind it, for staff who read cases; null for a
     * UNION account and for a zero. {@code group} a category group's name, {@code period} a trend
     * row, {@code place} a US or Mexican state.
     */
    public String behind(Long shown, Long entity, String group, String period, String place) {
        if (!isReadsCases() || filter == null || shown != null && shown == 0) {
            return null;
        }
        return CasesBehind.address(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), filter,
                entity == null ? null : getKindChosen(), entity, group == null ? null : CategoryGroup.valueOf(group),
                period, place);
    }

    /** Whether the person reads cases (ADVOCATE, SUPERVISOR): they may open the cases behind a row. */
    public boolean isReadsCases() {
        return current.get().worksCases();
    }

    public int getPageRows() {
        return PAGE_ROWS;
    }

    public String getOffset() {
        return offset;
    }

    public void setOffset(String offset) {
        this.offset = offset;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    /** The view's filters as the address gives them. */
    public PatternFilterParams getParams() {
        return params;
    }
}
