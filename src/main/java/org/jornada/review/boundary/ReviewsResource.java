package org.jornada.review.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.SupportedLocales;

/**
 * {@code POST /api/v1/reviews}: a worker rates an employer or recruiter without an account.
 * {@code 201} when counted at once (no text), {@code 202} when held for moderation (a text, or a
 * burst against the entry), {@code 400} naming the field, {@code 429} when this client sent too
 * many (or too many wrong receipt codes).
 */
@Path("reviews")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class ReviewsResource {

    @Inject
    ReviewIntake intake;

    @Inject
    ClientKeys clients;

    @Inject
    ApiBodies bodies;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate an employer or recruiter: 201 counted, 202 held for moderation")
    public Response post(InputStream body) {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        Reviews.Submission submission = bodies.intake(body, ReviewBody.class).submission();
        ReviewIntake.Outcome outcome = intake.take(clients.of(request), submission);
        if (outcome.limited()) {
            return tooMany(locale, outcome.retryAfter());
        }
        if (outcome.taken() == null) {
            return Problems.fieldResponse(locale, List.of(new FieldError(outcome.field(), outcome.problemKey())));
        }
        int status = outcome.counted() ? 201 : 202;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(CachedJsonProvider.PROVIDER.createObjectBuilder().add("id", outcome.taken().id())
                        .add("status", outcome.taken().status().name()).build().toString()).build();
    }

    private static Response tooMany(Locale locale, Duration wait) {
        return Response.fromResponse(Problems.response(429, locale, "reviews.tooMany"))
                .header("Retry-After", Math.max(1, wait.toSeconds())).build();
    }
}
