package org.jornada.rights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jornada.complaint.boundary.FollowUpAccess;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.TypeMessage;
import org.jornada.platform.control.RefusedException;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.rights.entity.WageCalculation;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;

/**
 * {@code POST /api/v1/wage-check}: what the law owed a worker, from what they know (issue #14,
 * docs/api.md). Nothing is stored: the question and the answer live only in this request.
 * {@code 200} with the answer in the client's language; {@code 400} naming the field.
 */
@Path("wage-check")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
public class WageCheckResource {

    @Inject
    WageTables tables;

    @Inject
    WageCalculations calculations;

    @Inject
    FollowUpAccess access;

    @Inject
    ClientKeys clientKeys;

    @Inject
    ApiBodies bodies;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Work out the wage floor, the shortfall per pay period, the three-fourths guarantee and the"
            + " costs owed back, with every assumption")
    public Response check(InputStream body) {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        var question = bodies.intake(body, WageCheckBody.class).question();
        return Response.ok(WageAnswerJson.answer(tables.check().answer(question), question, locale))
                .header("Content-Language", locale.getLanguage()).build();
    }

    /** The body of {@code POST /wage-check/attach}: a receipt and the body of {@code POST /wage-check}. */
    @TypeMessage("error.field.type.string")
    public record Attach(String receipt, @TypeMessage("wage.error.calculation")
            @NotNull(message = "wage.error.calculation") @Valid WageCheckBody calculation) {
    }

    /**
     * "Add this to my report": the calculation's inputs (the body of {@code POST /wage-check}) are
     * worked out again and kept on the case the receipt opens. {@code 201 {"id","totalShortfall"}};
     * a wrong receipt fails as on the follow-up (one generic 404, then 429 with the wait).
     */
    @POST
    @Path("attach")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keep a wage check on the worker's case", description = "Body: {\"receipt\", \"calculation\"}"
            + " where calculation is the body of POST /wage-check.")
    @APIResponse(responseCode = "201", description = "Kept on the case")
    @APIResponse(responseCode = "400", description = "The calculation has a wrong field (named)")
    @APIResponse(responseCode = "404", description = "Unknown or malformed receipt (one generic answer)")
    @APIResponse(responseCode = "429", description = "Too many wrong receipts from this client; wait")
    public Response attach(InputStream body) {
        Locale locale = SupportedLocales.preferred(headers.getAcceptableLanguages());
        // a wrong field of the calculation is named (calculation.periods[0].hours) before the receipt is tried
        Attach attach = bodies.intake(body, Attach.class);
        if (ApiBodies.kept(attach.calculation()).toString().length() > WageCalculations.MAX_BYTES) {
            throw new RefusedException("calculation", "wage.error.calculation");
        }
        var attempt = access.open(clientKeys.of(request), attach.receipt() == null ? "" : attach.receipt());
        if (!attempt.found()) {
            return attempt.failureResponse(locale);
        }
        long id = calculations.attach(attempt.complaint().getId(), attach.calculation(), WageCalculation.Via.API);
        return Response.status(201).type(MediaType.APPLICATION_JSON).entity(CachedJsonProvider.PROVIDER.createObjectBuilder()
                .add("id", id).add("attached", true).build()).header("Content-Language", locale.getLanguage()).build();
    }
}
