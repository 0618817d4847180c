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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /api/v1/staff/referrals}: referrals by state (what waits for approval: {@code ?state=SUBMITTED},
 * SUPERVISOR), one referral with its timeline, its packet and evidence, and its moves
 * ({@link MoveReferral}): submit, approve, return, send (by mail, 202), filed, events.
 */
@Path("staff/referrals")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class StaffReferralsResource {

    /** {@code /return}'s body (and optional on submit and approve). */
    public record Comment(String comment) {
    }

    /** {@code /filed}'s body: how it was filed, on which day (today when left out), the reference given. */
    public record Filed(ChannelKind channel, LocalDate filedOn, String reference) {
    }

    /** What the authority answered. */
    public enum EventKind {
        ACKNOWLEDGED(MoveReferral.Step.ACKNOWLEDGE), RESPONSE(MoveReferral.Step.RESPONSE),
        OUTCOME(MoveReferral.Step.OUTCOME);

        final MoveReferral.Step step;

        EventKind(MoveReferral.Step step) {
            this.step = step;
        }
    }

    /** {@code /events}' body: what the authority said or decided. */
    public record AuthorityEvent(@jakarta.validation.constraints.NotNull(message = "referral.step.invalid")
            EventKind kind, String reference, Referral.Outcome outcome, BigDecimal amount, String text,
            boolean resolveCase) {
    }

    @Inject
    ApiBodies bodies;

    @Inject
    MoveReferral move;

    @Inject
    Referrals referrals;

    @Inject
    ReferralPackets packets;

    @Inject
    ReferralMail mail;

    @Inject
    CaseAccess access;

    @Inject
    Consents consents;

    @Inject
    ConsentNotices notices;

    @Inject
    Authorities authorities;

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
            return ApiBodies.ok(new ReferralBodies.Items(referrals.due().stream().map(ReferralBodies.Item::of).toList()));
        }
        Optional<ReferralState> known = Arrays.stream(ReferralState.values()).filter(s -> s.name().equals(state)).findFirst();
        if (state != null && !state.isBlank() && known.isEmpty()) {
            throw new RefusedException("state", "referral.notNow");
        }
        return ApiBodies.ok(new ReferralBodies.Items(referrals.inState(known.orElse(null), 500).stream()
                .map(ReferralBodies.Item::of).toList()));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A referral with its note, mail and timeline (events)")
    public Response get(@PathParam("id") long id) {
        return referrals.find(id).filter(r -> access.workable(current.get(), r.getComplaintId(), "referral").isPresent())
                .map(r -> {
                    var asked = consents.of(r.getComplaintId());
                    java.util.Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
                    String authority = authorities.find(r.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
                    return ApiBodies.ok(ReferralBodies.Detail.of(r, mail.status(r).orElse(null),
                            referrals.timeline(id), org.jornada.escalation.entity.ConsentRequest.saidYes(asked,
                                    r.getAuthorityId()), notices.of(r, asked, authority, locale)));
                })
                .orElseGet(this::notFound);
    }

    @GET
    @Path("{id}/packet.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "The packet (PDF/A-2b): as approved once approved, as it stands before (audited)")
    public Response packet(@PathParam("id") long id) {
        return packets.of(current.get(), id).map(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"referral-" + id + ".pdf\"").build())
                .orElseGet(this::notFound);
    }

    @GET
    @Path("{id}/evidence.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "The evidence of a referral that attaches it: the stored files and SHA256SUMS (audited)")
    public Response evidence(@PathParam("id") long id) {
        return packets.evidenceOf(current.get(), id).map(zip -> Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"referral-" + id + "-evidence.zip\"").build())
                .orElseGet(this::notFound);
    }

    @POST
    @Path("{id}/submit")
    @Operation(summary = "Submit for approval (a draft or a returned referral): {comment}?")
    public Response submit(@PathParam("id") long id, String body) {
        return step(id, MoveReferral.Step.SUBMIT, body, 200);
    }

    @POST
    @Path("{id}/approve")
    @Operation(summary = "Approve (a SUPERVISOR who did not prepare it; 403 otherwise): the packet is frozen")
    public Response approve(@PathParam("id") long id, String body) {
        return step(id, MoveReferral.Step.APPROVE, body, 200);
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "Return to the preparer with a comment: {comment}")
    public Response returnIt(@PathParam("id") long id, String body) {
        return step(id, MoveReferral.Step.RETURN, body, 200);
    }

    @POST
    @Path("{id}/send")
    @Operation(summary = "Send by mail to the authority's email channel: 202 queued (SENT once the server took it); 409 unless APPROVED with an email channel")
    public Response send(@PathParam("id") long id, String body) {
        return move.run(current.get(), id, MoveReferral.Input.of(MoveReferral.Step.SEND, null))
                .map(r -> ApiBodies.answer(202, new ReferralBodies.Queued(r.getId(), r.getState(),
                        mail.status(r).orElse(null))))
                .orElseGet(this::notFound);
    }

    @POST
    @Path("{id}/filed")
    @Operation(summary = "Record a filing made outside the portal: {channel, filedOn, reference}; 200 SENT")
    public Response filed(@PathParam("id") long id, String body) {
        Filed filed = bodies.read(body, Filed.class);
        return moved(id, new MoveReferral.Input(MoveReferral.Step.FILE, null, filed.channel(), filed.filedOn(),
                filed.reference(), null, null, false), 200);
    }

    @POST
    @Path("{id}/events")
    @Operation(summary = "What the authority answered: {kind ACKNOWLEDGED|RESPONSE|OUTCOME, reference, outcome, amount, text, resolveCase}; 201")
    public Response event(@PathParam("id") long id, String body) {
        AuthorityEvent event = bodies.read(body, AuthorityEvent.class);
        if (event.kind() == null) {
            throw new RefusedException("kind", "referral.step.invalid");
        }
        return moved(id, new MoveReferral.Input(event.kind().step, event.text(), null, null, event.reference(),
                event.outcome(), event.amount(), event.resolveCase()), 201);
    }

    @POST
    @Path("{id}/anonymise")
    @Operation(summary = "Make a named draft (or returned) referral anonymous: the way on after the worker said no; 200")
    public Response anonymise(@PathParam("id") long id, String body) {
        return step(id, MoveReferral.Step.ANONYMISE, body, 200);
    }

    @POST
    @Path("{id}/disregard")
    @Operation(summary = "Record that the authority was asked to disregard the worker's name (a named referral that left before the worker said no): {comment}; 201")
    public Response disregard(@PathParam("id") long id, String body) {
        return step(id, MoveReferral.Step.DISREGARD, body, 201);
    }

    @POST
    @Path("{id}/moves")
    @Operation(summary = "Any step in one call: {step SUBMIT|APPROVE|RETURN|SEND|FILE|ACKNOWLEDGE|RESPONSE|OUTCOME|ANONYMISE|DISREGARD, note, channel, filedOn, reference, outcome, amount, resolveCase}")
    public Response anyStep(@PathParam("id") long id, String body) {
        MoveReferral.Input input = bodies.read(body, MoveReferral.Input.class);
        return moved(id, input, input.step() == MoveReferral.Step.SEND ? 202 : 200);
    }

    private Response step(long id, MoveReferral.Step step, String body, int status) {
        String comment = body == null || body.isBlank() ? null : bodies.read(body, Comment.class).comment();
        return moved(id, MoveReferral.Input.of(step, comment), status);
    }

    private Response moved(long id, MoveReferral.Input input, int status) {
        return move.run(current.get(), id, input)
                .map(r -> ApiBodies.answer(status, new ReferralBodies.Moved(r.getId(), r.getState())))
                .orElseGet(this::notFound);
    }

    private Response notFound() {
        return Problems.response(404, SupportedLocales.preferred(headers.getAcceptableLanguages()), "referral.notFound");
    }
}
