package org.jornada.escalation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /api/v1/staff/cases/{id}/consent-requests}: ask the worker whether an authority may get
 * their name ({@link AskConsent}), and read the answers (audited as a case read).
 */
@Path("staff/cases/{id}/consent-requests")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class CaseConsentResource {

    public record Created(long id) {
    }

    /** A question as staff see it: to which authority, when, and the worker's answer (null while waiting). */
    public record Item(long id, long authorityId, String authority, Instant askedAt, ConsentRequest.Answer answer,
            Instant answeredAt) {
    }

    public record Items(List<Item> items) {
    }

    @Inject
    ApiBodies bodies;

    @Inject
    AskConsent askConsent;

    @Inject
    Consents consents;

    @Inject
    CaseAccess access;

    @Inject
    CurrentStaff current;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Ask the worker whether this authority may get their name: {authorityId}; 201 {id}")
    public Response ask(@PathParam("id") long id, String body) {
        return askConsent.run(current.get(), id, bodies.read(body, AskConsent.Input.class))
                .map(asked -> ApiBodies.answer(201, new Created(asked.getId())))
                .orElseGet(() -> Problems.response(404, locale(), "staff.caseNotFound"));
    }

    @GET
    @Operation(summary = "The consent questions of this case and the worker's answers")
    public Response list(@PathParam("id") long id) {
        Locale locale = locale();
        return access.workable(current.get(), id, "consent answers")
                .map(c -> ApiBodies.ok(new Items(consents.of(id).stream().map(r -> new Item(r.getId(),
                        r.getAuthorityId(), consents.authorityName(r, locale), r.getAskedAt(), r.getAnswer(),
                        r.getAnsweredAt())).toList())))
                .orElseGet(() -> Problems.response(404, locale, "staff.caseNotFound"));
    }

    private Locale locale() {
        return SupportedLocales.preferred(headers.getAcceptableLanguages());
    }
}
