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
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /api/v1/patterns/...}: rankings, trends, maps and the recruitment chain for UNION, ADVOCATE and SUPERVISOR
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
    PatternCounting patterns;

    @Inject
    PatternFilterReader filters;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Context
    UriInfo uri;

    @Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Inject
    PatternTableBuilder tables;

    @Inject
    ChainCounting chains;

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
        return filter(PatternFilterReader.Window.YEAR);
    }

    private PatternFilter filter(PatternFilterReader.Window window) {
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
                .orElseThrow(() -> new RefusedException(field, "pattern." + field + ".invalid"));
    }

    /** A whole number from {@code low} to {@code high}; absent, the default. */
    static int bounded(String value, String field, int low, int high, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        String v = value.strip();
        if (!v.matches("\\d{1,9}") || Integer.parseInt(v) < low || Integer.parseInt(v) > high) {
            throw new RefusedException(field, "pattern." + field + ".invalid", low, high);
        }
        return Integer.parseInt(v);
    }

    @GET
    @Path("entities")
    @Operation(summary = "Recruiters or employers ranked by complaints per 100 certified workers (or by count), with groups, WHD findings, debarment, rating and alerts")
    public Response entities(@QueryParam("kind") String kind, @QueryParam("sort") String sort,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PatternCounting.Kind k = choose(PatternCounting.Kind.class, kind, "kind", PatternCounting.Kind.EMPLOYER);
        PatternCounting.Sort s = choose(PatternCounting.Sort.class, sort, "sort", PatternCounting.Sort.RATE);
        int from = bounded(offset, "offset", 0, PatternCounting.MAX_OFFSET, 0);
        int size = bounded(limit, "limit", 1, PatternCounting.MAX_LIMIT, PatternCounting.MAX_ROWS);
        PatternFilter f = filter();
        int minimum = PatternCounting.minimumCell();
        PatternCounting.RankingPage page = patterns.ranking(k, f, s, from, size);
        return ApiBodies.ok(new PatternBodies.Entities(k.name(), minimum, PatternBodies.Period.of(f),
                PatternBodies.Filters.of(f), PatternBodies.DataDates.of(patterns.dataDates()), rule(minimum),
                page.rows().stream().map(PatternBodies.Entity::of).toList(), page.offset(), page.limit(),
                page.total(), page.nextOffset() < 0 ? null : page.nextOffset()));
    }

    @GET
    @Path("trends")
    @Operation(summary = "Complaints by month or season, per category group")
    public Response trends(@QueryParam("by") String by) {
        PatternCounting.By b = choose(PatternCounting.By.class, by, "by", PatternCounting.By.MONTH);
        PatternFilter f = filter(PatternFilterReader.Window.SEASONS);
        int minimum = PatternCounting.minimumCell();
        return ApiBodies.ok(new PatternBodies.Trends(b.name(), minimum, PatternBodies.Period.of(f),
                PatternBodies.Filters.of(f), PatternBodies.DataDates.of(patterns.dataDates()), rule(minimum),
                patterns.trends(b, f).stream().map(PatternBodies.Trend::of).toList()));
    }

    @GET
    @Path("map")
    @Operation(summary = "Complaints by US worksite state (per 100 certified workers) or by Mexican state of recruitment")
    public Response map(@QueryParam("of") String of) {
        PatternCounting.MapOf o = choose(PatternCounting.MapOf.class, of, "of", PatternCounting.MapOf.US_WORKSITE);
        PatternFilter f = filter();
        int minimum = PatternCounting.minimumCell();
        return ApiBodies.ok(new PatternBodies.MapAnswer(o.name(), minimum, PatternBodies.Period.of(f),
                PatternBodies.Filters.of(f), PatternBodies.DataDates.of(patterns.dataDates()), rule(minimum),
                patterns.map(o, f).stream().map(PatternBodies.MapItem::of).toList()));
    }

    @GET
    @Path("chain")
    @Operation(summary = "The recruitment chain: per recruiter, the employers it supplies and their complaints per 100 certified workers across them; and the recruiters behind the employers with most complaints")
    public Response chain(@QueryParam("sort") String sort, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit, @QueryParam("top") String top) {
        PatternCounting.Sort s = choose(PatternCounting.Sort.class, sort, "sort", PatternCounting.Sort.RATE);
        int from = bounded(offset, "offset", 0, PatternCounting.MAX_OFFSET, 0);
        int size = bounded(limit, "limit", 1, ChainCounting.MAX_LIMIT, ChainCounting.DEFAULT_ROWS);
        int most = bounded(top, "top", 1, ChainCounting.MAX_TOP, ChainCounting.DEFAULT_TOP);
        PatternFilter f = filter();
        int minimum = PatternCounting.minimumCell();
        ChainCounting.Answer a = chains.chain(f, s == PatternCounting.Sort.RATE, from, size, most);
        return ApiBodies.ok(new PatternBodies.Chain(s.name(), minimum, PatternBodies.Period.of(f),
                PatternBodies.Filters.of(f), PatternBodies.DataDates.of(patterns.dataDates()), rule(minimum),
                a.page().rows().stream().map(r -> PatternBodies.ChainRecruiter.of(r, a)).toList(), a.offset(), a.limit(),
                a.page().total(), a.nextOffset() < 0 ? null : a.nextOffset(),
                a.top().stream().map(t -> PatternBodies.ChainTop.of(t, a)).toList()));
    }

    @GET
    @Path("{view:entities|trends|map|chain}.{format:csv|xlsx}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.APPLICATION_JSON,
        Problems.TYPE})
    @Operation(summary = "A view as CSV or XLSX, as shown (hidden counts read \"fewer than N\"), with its period, filters, data dates and suppression rule")
    public Response export(@jakarta.ws.rs.PathParam("view") String view, @jakarta.ws.rs.PathParam("format") String format,
            @QueryParam("kind") String kind, @QueryParam("by") String by, @QueryParam("of") String of,
            @QueryParam("part") String part, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        PatternTableBuilder.View chosen = PatternTableBuilder.View.valueOf(view.toUpperCase(Locale.ROOT));
        String option = switch (chosen) {
            case ENTITIES -> choose(PatternCounting.Kind.class, kind, "kind", PatternCounting.Kind.EMPLOYER).name();
            case TRENDS -> choose(PatternCounting.By.class, by, "by", PatternCounting.By.MONTH).name();
            case MAP -> choose(PatternCounting.MapOf.class, of, "of", PatternCounting.MapOf.US_WORKSITE).name();
            case CHAIN -> choose(ChainTables.Part.class, part, "part", ChainTables.Part.RECRUITERS).name();
        };
        int first = bounded(offset, "offset", 0, PatternCounting.MAX_OFFSET, 0);
        int size = ChainTables.limit(chosen, option, limit);
        PatternFilter f = filters.read(from, to, visa, group, state, crop, verifiedOnly,
                chosen == PatternTableBuilder.View.TRENDS ? PatternFilterReader.Window.SEASONS : PatternFilterReader.Window.YEAR);
        audit.record(current.get(), AuditTrail.PATTERNS_EXPORTED, null, view + "." + format + " " + option + " " + f);
        return TableDownload.response(tables.of(chosen, f, option, first, size,
                org.jornada.platform.control.SupportedLocales.preferred(headers.getAcceptableLanguages())), format,
                view + "-" + option.toLowerCase(Locale.ROOT));
    }
}
