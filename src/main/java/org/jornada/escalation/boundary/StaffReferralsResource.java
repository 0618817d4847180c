package org.jornada.escalation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Languages;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /api/v1/staff/referrals}: referrals by state (what waits for approval: {@code ?state=SUBMITTED},
 * SUPERVISOR), one referral with its timeline, and its moves ({@link MoveReferral}).
 */
@Path("staff/referrals")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class StaffReferralsResource {

    @Inject
    ApiBodies bodies;

    @Inject
    MoveReferral move;

    @Inject
    Referrals referrals;

    @Inject
    CaseAccess access;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Referrals in a state (all when none; DUE: sent and unanswered past the authority's response days), oldest first (SUPERVISOR)")
    public Response list(@QueryParam("state") String state) {
        if (!current.get().seesAllCases()) {
            throw audit.refused(current.get(), null, "referrals", "staff.forbidden");
        }
        if (ReferralsPage.DUE.equals(state)) {
            return ApiBodies.ok(new ReferralAnswers.Items(referrals.due().stream().map(ReferralAnswers.Item::of).toList()));
        }
        Optional<ReferralState> known = Arrays.stream(ReferralState.values()).filter(s -> s.name().equals(state)).findFirst();
        if (state != null && !state.isBlank() && known.isEmpty()) {
            throw new Refused("state", "referral.notNow");
        }
        return ApiBodies.ok(new ReferralAnswers.Items(referrals.inState(known.orElse(null), 500).stream()
                .map(ReferralAnswers.Item::of).toList()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A referral with its timeline")
    public Response get(@PathParam("id") long id) {
        return referrals.find(id).filter(r -> access.workable(current.get(), r.getComplaintId(), "referral").isPresent())
                .map(r -> ApiBodies.ok(new ReferralAnswers.WithTimeline(ReferralAnswers.Item.of(r),
                        referrals.timeline(id).stream().map(ReferralAnswers.Step::of).toList())))
                .orElseGet(this::notFound);
    }

    @POST
    @Path("{id}/moves")
    @Operation(summary = "Move a referral: {step SUBMIT|APPROVE|RETURN|SEND|ACKNOWLEDGE|OUTCOME, note, channel, reference, outcome, amount, resolveCase}")
    public Response move(@PathParam("id") long id, String body) {
        return move.run(current.get(), id, bodies.read(body, MoveReferral.Input.class))
                .map(r -> ApiBodies.ok(new ReferralAnswers.Moved(r.getId(), r.getState())))
                .orElseGet(this::notFound);
    }

    private Response notFound() {
        return Problems.response(404, Languages.preferred(headers.getAcceptableLanguages()), "referral.notFound");
    }
}
