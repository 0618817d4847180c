package org.jornada.directory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.directory.control.JobCheckQuery;
import org.jornada.directory.control.JobCheckRules;
import org.jornada.directory.control.JobCheckTexts;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.SupportedLocales;

/**
 * "¿Es real esta oferta?" as JSON: {@code GET /api/v1/job-check?caseNumber=} or
 * {@code ?employer=&recruiter=&state=} (public, no session; docs/api.md).
 */
@Path("job-check")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class JobCheckResource {

    @Inject
    JobChecks checks;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Is this job offer real? What DOL certified, the red flags, and the rules against fees")
    public Response check(@QueryParam("caseNumber") String caseNumber, @QueryParam("employer") String employer,
            @QueryParam("recruiter") String recruiter, @QueryParam("state") String state, @QueryParam("lang") String lang) {
        Locale locale = lang != null && SupportedLocales.TAGS.contains(lang) ? SupportedLocales.of(lang)
                : SupportedLocales.preferred(headers.getAcceptableLanguages());
        JobCheckQuery.Read read = JobCheckQuery.read(caseNumber, employer, recruiter, state);
        if (!read.valid()) {
            return Problems.fieldResponse(locale, read.errors());
        }
        JobCheckRules.Verdict verdict = checks.check(read.query());
        return Response.ok(json(verdict, locale).build().toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .language(locale).build();
    }

    static JsonObjectBuilder json(JobCheckRules.Verdict verdict, Locale locale) {
        var json = CachedJsonProvider.PROVIDER;
        JsonArrayBuilder certifications = json.createArrayBuilder();
        for (JobCheckRules.Cert c : verdict.certifications()) {
            JsonObjectBuilder item = json.createObjectBuilder().add("caseNumber", c.caseNumber())
                    .add("visaClass", c.visaClass()).add("employerId", c.employer().id());
            CachedJsonProvider.putNullable(item, "employer", c.employer().name());
            CachedJsonProvider.putNullable(item, "state", c.state());
            CachedJsonProvider.putNullable(item, "begin", c.begin());
            CachedJsonProvider.putNullable(item, "end", c.end());
            CachedJsonProvider.putNullable(item, "jobTitle", c.jobTitle());
            CachedJsonProvider.putNullable(item, "crop", c.crop());
            if (c.wageOffer() == null) {
                item.addNull("wageOffer");
            } else {
                item.add("wageOffer", c.wageOffer());
            }
            CachedJsonProvider.putNullable(item, "wageUnit", c.wageUnit());
            if (c.workersCertified() == null) {
                item.addNull("workersCertified");
            } else {
                item.add("workersCertified", c.workersCertified());
            }
            certifications.add(item.add("agents", parties(c.agents())).add("recruiters", parties(c.recruiters())));
        }
        JsonArrayBuilder flags = json.createArrayBuilder();
        verdict.flags().forEach(f -> flags.add(json.createObjectBuilder().add("code", f.code())
                .add("text", JobCheckTexts.flag(f, locale))));
        JsonArrayBuilder rules = json.createArrayBuilder();
        JobCheckTexts.rules(locale).forEach(r -> rules.add(json.createObjectBuilder().add("text", r.text())
                .add("citation", r.citation())));
        return json.createObjectBuilder().add("found", verdict.found()).add("certifications", certifications)
                .add("flags", flags).add("rules", rules);
    }

    private static JsonObjectBuilder party(JobCheckRules.Party p) {
        JsonObjectBuilder out = CachedJsonProvider.PROVIDER.createObjectBuilder().add("id", p.id());
        CachedJsonProvider.putNullable(out, "name", p.name());
        return out;
    }

    private static JsonArrayBuilder parties(List<JobCheckRules.Party> parties) {
        JsonArrayBuilder out = CachedJsonProvider.PROVIDER.createArrayBuilder();
        parties.forEach(p -> out.add(party(p)));
        return out;
    }
}
