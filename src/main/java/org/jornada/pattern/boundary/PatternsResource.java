package org.jornada.pattern.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /api/v1/patterns/...}: rankings, trends and maps for UNION, ADVOCATE and SUPERVISOR
 * tokens (the staff token filter lets UNION in here and nowhere else). Every count is rounded to
 * a multiple of the minimum, and one under the minimum is null with {@code suppressed: true}
 * (docs/patterns.md); a ranking comes a page at a time ({@code offset}, {@code limit}); every call
 * is audited with its filters.
 */
@Path("patterns")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class PatternsResource {

    @Inject
    Patterns patterns;

    @Inject
    PatternFilters filters;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Inject
    PatternTables tables;

    @QueryParam("from")
    String from;

    @QueryParam("to")
    String to;

    @QueryParam("visa")
    String visa;

    @QueryParam("group")
    String group;

    @QueryParam("state")
    String state;

    @QueryParam("crop")
    String crop;

    @QueryParam("verifiedOnly")
    String verifiedOnly;

    private PatternFilter filter() {
        return filter(PatternFilters.Window.YEAR);
    }

    private PatternFilter filter(PatternFilters.Window window) {
        PatternFilter filter = filters.read(from, to, visa, group, state, crop, verifiedOnly, window);
        audit.record(current.get(), AuditTrail.PATTERNS_READ, null, uri.getPath() + " " + filter);
        return filter;
    }

    static String rule(int minimum) {
        return Messages.get(Locale.ENGLISH, "pattern.rule", org.jornada.pattern.control.Suppression.ruleArguments(minimum));
    }

    private static <E extends Enum<E>> E choose(Class<E> type, String value, String field, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new Refused(field, "pattern." + field + ".invalid"));
    }

    /** A whole number from {@code low} to {@code high}; absent, the default. */
    static int bounded(String value, String field, int low, int high, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        String v = value.strip();
        if (!v.matches("\\d{1,9}") || Integer.parseInt(v) < low || Integer.parseInt(v) > high) {
            throw new Refused(field, "pattern." + field + ".invalid", low, high);
        }
        return Integer.parseInt(v);
    }

    @GET
    @Path("entities")
    @Operation(summary = "Recruiters or employers ranked by complaints per 100 certified workers (or by count), with groups, WHD findings, debarment, rating and alerts")
    public Response entities(@QueryParam("kind") String kind, @QueryParam("sort") String sort,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Patterns.Kind k = choose(Patterns.Kind.class, kind, "kind", Patterns.Kind.EMPLOYER);
        Patterns.Sort s = choose(Patterns.Sort.class, sort, "sort", Patterns.Sort.RATE);
        int from = bounded(offset, "offset", 0, Patterns.MAX_OFFSET, 0);
        int size = bounded(limit, "limit", 1, Patterns.MAX_LIMIT, Patterns.MAX_ROWS);
        PatternFilter f = filter();
        int minimum = Patterns.minimumCell();
        Patterns.RankingPage page = patterns.ranking(k, f, s, from, size);
        return ApiBodies.ok(new PatternAnswers.Entities(k.name(), minimum, PatternAnswers.Period.of(f),
                PatternAnswers.Filters.of(f), PatternAnswers.DataDates.of(patterns.dataDates()), rule(minimum),
                page.rows().stream().map(PatternAnswers.Entity::of).toList(), page.offset(), page.limit(),
                page.total(), page.nextOffset() < 0 ? null : page.nextOffset()));
    }

    @GET
    @Path("trends")
    @Operation(summary = "Complaints by month or season, per category group")
    public Response trends(@QueryParam("by") String by) {
        Patterns.By b = choose(Patterns.By.class, by, "by", Patterns.By.MONTH);
        PatternFilter f = filter(PatternFilters.Window.SEASONS);
        int minimum = Patterns.minimumCell();
        return ApiBodies.ok(new PatternAnswers.Trends(b.name(), minimum, PatternAnswers.Period.of(f),
                PatternAnswers.Filters.of(f), PatternAnswers.DataDates.of(patterns.dataDates()), rule(minimum),
                patterns.trends(b, f).stream().map(PatternAnswers.Trend::of).toList()));
    }

    @GET
    @Path("map")
    @Operation(summary = "Complaints by US worksite state (per 100 certified workers) or by Mexican state of recruitment")
    public Response map(@QueryParam("of") String of) {
        Patterns.MapOf o = choose(Patterns.MapOf.class, of, "of", Patterns.MapOf.US_WORKSITE);
        PatternFilter f = filter();
        int minimum = Patterns.minimumCell();
        return ApiBodies.ok(new PatternAnswers.MapAnswer(o.name(), minimum, PatternAnswers.Period.of(f),
                PatternAnswers.Filters.of(f), PatternAnswers.DataDates.of(patterns.dataDates()), rule(minimum),
                patterns.map(o, f).stream().map(PatternAnswers.MapItem::of).toList()));
    }

    @GET
    @Path("{view:entities|trends|map}.{format:csv|xlsx}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON,
        Problems.TYPE})
    @Operation(summary = "A view as CSV or XLSX, as shown (hidden counts read \"fewer than N\"), with its period, filters, data dates and suppression rule")
    public Response export(@jakarta.ws.rs.PathParam("view") String view, @jakarta.ws.rs.PathParam("format") String format,
            @QueryParam("kind") String kind, @QueryParam("by") String by, @QueryParam("of") String of,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PatternTables.View chosen = PatternTables.View.valueOf(view.toUpperCase(Locale.ROOT));
        String option = switch (chosen) {
            case ENTITIES -> choose(Patterns.Kind.class, kind, "kind", Patterns.Kind.EMPLOYER).name();
            case TRENDS -> choose(Patterns.By.class, by, "by", Patterns.By.MONTH).name();
            case MAP -> choose(Patterns.MapOf.class, of, "of", Patterns.MapOf.US_WORKSITE).name();
        };
        int first = bounded(offset, "offset", 0, Patterns.MAX_OFFSET, 0);
        int size = bounded(limit, "limit", 1, Patterns.MAX_LIMIT, Patterns.MAX_ROWS);
        PatternFilter f = filters.read(from, to, visa, group, state, crop, verifiedOnly,
                chosen == PatternTables.View.TRENDS ? PatternFilters.Window.SEASONS : PatternFilters.Window.YEAR);
        audit.record(current.get(), AuditTrail.PATTERNS_EXPORTED, null, view + "." + format + " " + option + " " + f);
        return PatternDownloads.response(tables.of(chosen, f, option, first, size,
                org.jornada.platform.control.Languages.preferred(headers.getAcceptableLanguages())), format,
                view + "-" + option.toLowerCase(Locale.ROOT));
    }
}
