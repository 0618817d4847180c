package org.jornada.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.directory.entity.Debarment;
import org.jornada.directory.entity.DirectoryEntry;
import org.jornada.directory.entity.EnforcementAction;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.SupportedLocales;

/** Public profiles as JSON: {@code GET /api/v1/employers/{id}}, {@code /recruiters/{id}}, {@code /agents/{id}}. */
@Path("")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class ProfileResource {

    @Inject
    Profiles profiles;

    @Inject
    jakarta.enterprise.inject.Instance<org.jornada.directory.control.ProfileSection> sections;

    @Context
    HttpHeaders headers;

    @GET
    @Path("employers/{id}")
    @Operation(summary = "An employer's public profile: DOL certifications by season, WHD enforcement, debarment")
    public Response employer(@PathParam("id") String id) {
        return profile(id, EntityKind.EMPLOYER);
    }

    @GET
    @Path("recruiters/{id}")
    @Operation(summary = "A recruiter's public profile")
    public Response recruiter(@PathParam("id") String id) {
        return profile(id, EntityKind.RECRUITER);
    }

    @GET
    @Path("agents/{id}")
    @Operation(summary = "An agent's or attorney's public profile")
    public Response agent(@PathParam("id") String id) {
        return profile(id, EntityKind.AGENT);
    }

    private Response profile(String id, EntityKind kind) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Problems.response(404, SupportedLocales.preferred(headers.getAcceptableLanguages()), "directory.notFound");
        }
        return profiles.of(Long.parseLong(id), kind)
                .map(p -> {
                    JsonObjectBuilder json = json(p);
                    sections.forEach(section -> section.addTo(json, p.entry().getId(), p.minimumReports()));
                    return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                            .build();
                })
                .orElseGet(() -> Problems.response(404, SupportedLocales.preferred(headers.getAcceptableLanguages()),
                        "directory.notFound"));
    }

    /** The other links of the chain (issue #28's contract: kind, id, name, seasons, workersCertified, sources, verifiedComplaints). */
    static JsonArrayBuilder chain(java.util.List<org.jornada.directory.control.ChainLink> links) {
        JsonArrayBuilder chain = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (org.jornada.directory.control.ChainLink link : links) {
            JsonArrayBuilder seasons = CachedJsonProvider.PROVIDER.createArrayBuilder();
            link.seasons().forEach(seasons::add);
            JsonArrayBuilder states = CachedJsonProvider.PROVIDER.createArrayBuilder();
            link.states().forEach(states::add);
            JsonArrayBuilder crops = CachedJsonProvider.PROVIDER.createArrayBuilder();
            link.crops().forEach(crops::add);
            JsonArrayBuilder sources = CachedJsonProvider.PROVIDER.createArrayBuilder();
            link.sources().stream().sorted().forEach(s -> sources.add(s.name()));
            JsonObjectBuilder item = CachedJsonProvider.PROVIDER.createObjectBuilder().add("kind", link.kind().name())
                    .add("id", link.id()).add("name", link.name()).add("relation", link.relation())
                    .add("seasons", seasons).add("states", states).add("crops", crops)
                    .add("workersCertified", link.workersCertified()).add("sources", sources);
            CachedJsonProvider.putNullable(item, "via", link.via());
            if (link.verifiedComplaints() == null) {
                item.addNull("verifiedComplaints");
            } else {
                item.add("verifiedComplaints", link.verifiedComplaints());
            }
            chain.add(item);
        }
        return chain;
    }

    static JsonObjectBuilder json(Profiles.Profile p) {
        DirectoryEntry e = p.entry();
        JsonObjectBuilder out = CachedJsonProvider.PROVIDER.createObjectBuilder().add("id", e.getId()).add("kind", e.getKind().name())
                .add("name", e.getName());
        CachedJsonProvider.putNullable(out, "tradeName", e.getTradeName());
        CachedJsonProvider.putNullable(out, "city", e.getCity());
        CachedJsonProvider.putNullable(out, "state", e.getState());
        CachedJsonProvider.putNullable(out, "country", e.getCountry());
        JsonArrayBuilder seasons = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (Profiles.Season s : p.seasons()) {
            JsonArrayBuilder visas = CachedJsonProvider.PROVIDER.createArrayBuilder();
            s.visaClasses().forEach(visas::add);
            JsonArrayBuilder crops = CachedJsonProvider.PROVIDER.createArrayBuilder();
            s.crops().forEach(crops::add);
            seasons.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("season", s.year()).add("cases", s.cases())
                    .add("workersCertified", s.workersCertified()).add("visaClasses", visas).add("crops", crops));
        }
        JsonArrayBuilder actions = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (EnforcementAction a : p.enforcement()) {
            JsonObjectBuilder action = CachedJsonProvider.PROVIDER.createObjectBuilder().add("caseId", a.getCaseId())
                    .add("h2aViolations", a.getH2aViolations()).add("h2bViolations", a.getH2bViolations())
                    .add("flsaViolations", a.getFlsaViolations()).add("backWages", a.getBackWages())
                    .add("penalties", a.getPenalties());
            CachedJsonProvider.putNullable(action, "findingsStart", a.getFindingsStart());
            CachedJsonProvider.putNullable(action, "findingsEnd", a.getFindingsEnd());
            actions.add(action);
        }
        BigDecimal[] totals = Profiles.totals(p.enforcement());
        JsonObjectBuilder enforcement = CachedJsonProvider.PROVIDER.createObjectBuilder().add("actions", actions)
                .add("totalBackWages", totals[0]).add("totalPenalties", totals[1]);
        CachedJsonProvider.putNullable(enforcement, "dataDate", p.enforcementDataDate());
        JsonArrayBuilder debarments = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (Debarment d : p.debarments()) {
            JsonObjectBuilder item = CachedJsonProvider.PROVIDER.createObjectBuilder();
            CachedJsonProvider.putNullable(item, "start", d.getStartDate());
            CachedJsonProvider.putNullable(item, "end", d.getEndDate());
            CachedJsonProvider.putNullable(item, "violation", d.getViolation());
            CachedJsonProvider.putNullable(item, "citation", d.getCitation());
            debarments.add(item);
        }
        return out.add("chain", chain(p.chain())).add("certifications", seasons).add("enforcement", enforcement).add("debarments", debarments)
                .add("debarredNow", p.debarredNow()).add("minimumReports", p.minimumReports());
    }
}
