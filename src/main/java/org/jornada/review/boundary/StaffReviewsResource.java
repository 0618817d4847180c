package org.jornada.review.boundary;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.review.control.TextFlags;
import org.jornada.review.entity.ReviewStatus;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * Moderation for SUPERVISOR ({@code /api/v1/staff/reviews}): the reviews waiting, oldest first,
 * with their flags; publish (text as redacted) or reject (with a reason). The same command as the
 * moderation page.
 */
@Path("staff/reviews")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
@Consumes(MediaType.APPLICATION_JSON)
public class StaffReviewsResource {

    /** A review waiting, as the API shows it. */
    public record Waiting(long id, long entityId, String entityName, int overall, int season, ReviewStatus status,
            String text, List<TextFlags.Flag> flags, Instant createdAt) {
    }

    public record Items(List<Waiting> items) {
    }

    /** The body of a publish: the text as redacted (none publishes the rating alone). */
    public record PublishBody(String text) {
    }

    /** The body of a reject: why. */
    public record RejectBody(String reason) {
    }

    public record Moderated(long id, ModerateReview.Decision decision) {
    }

    @Inject
    ApiBodies bodies;

    @Inject
    Reviews reviews;

    @Inject
    ModerateReview moderate;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Reviews waiting for moderation, oldest first, with what to check (phone, email, name)")
    public Response waiting() {
        if (!current.get().seesAllCases()) {
            throw audit.refused(current.get(), null, "reviews waiting", "staff.forbidden");
        }
        return ApiBodies.ok(new Items(reviews.waiting(100).stream().map(w -> new Waiting(w.review().getId(),
                w.review().getEntityId(), w.entityName(), w.review().getOverall(), w.review().getSeason(),
                w.review().getStatus(), w.text(), w.flags(), w.review().getCreatedAt())).toList()));
    }

    @POST
    @Path("{id}/publish")
    @Operation(summary = "Publish a waiting review: {text (as redacted)}")
    public Response publish(@PathParam("id") long id, String body) {
        return moderate(new ModerateReview.Input(id, ModerateReview.Decision.PUBLISH,
                bodies.read(body, PublishBody.class).text(), null));
    }

    @POST
    @Path("{id}/reject")
    @Operation(summary = "Reject a waiting review: {reason}")
    public Response reject(@PathParam("id") long id, String body) {
        return moderate(new ModerateReview.Input(id, ModerateReview.Decision.REJECT, null,
                bodies.read(body, RejectBody.class).reason()));
    }

    private Response moderate(ModerateReview.Input input) {
        return moderate.run(current.get(), input) ? ApiBodies.ok(new Moderated(input.reviewId(), input.decision()))
                : Problems.response(404, SupportedLocales.preferred(headers.getAcceptableLanguages()), "moderation.notFound");
    }
}
