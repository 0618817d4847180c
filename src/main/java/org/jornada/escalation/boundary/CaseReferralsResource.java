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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.boundary.CurrentStaff;

/** {@code /api/v1/staff/cases/{id}/referrals}: prepare a referral of the case ({@link PrepareReferral}), list them. */
@Path("staff/cases/{id}/referrals")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class CaseReferralsResource {

    @Inject
    ApiBodies bodies;

    @Inject
    PrepareReferral prepare;

    @Inject
    Referrals referrals;

    @Inject
    CaseAccess access;

    @Inject
    CurrentStaff current;

    @Context
    HttpHeaders headers;

    @POST
    @Operation(summary = "Prepare a referral: {authorityId, identity ANONYMOUS|NAMED, evidence ATTACH|WITHHOLD, note}; 201 {id, state: DRAFT}")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "409", description =
            "Refused, naming the field: case (not VERIFIED or ESCALATED), organization (JORNADA_ORG_NAME, or both "
            + "JORNADA_ORG_PHONE and JORNADA_ORG_EMAIL, not set: the packet must say how to reach the worker through "
            + "the organization), identity (NAMED without the worker's yes)")
    public Response prepare(@PathParam("id") long id, String body) {
        return prepare.run(current.get(), id, bodies.read(body, PrepareReferral.Input.class))
                .map(r -> ApiBodies.answer(201, new ReferralBodies.Moved(r.getId(), r.getState())))
                .orElseGet(this::notFound);
    }

    @GET
    @Operation(summary = "The referrals of this case, newest first")
    public Response list(@PathParam("id") long id) {
        return access.workable(current.get(), id, "referrals of case")
                .map(c -> ApiBodies.ok(new ReferralBodies.Items(referrals.ofCase(id).stream()
                        .map(ReferralBodies.Item::of).toList())))
                .orElseGet(this::notFound);
    }

    private Response notFound() {
        return Problems.response(404, SupportedLocales.preferred(headers.getAcceptableLanguages()), "staff.caseNotFound");
    }
}
