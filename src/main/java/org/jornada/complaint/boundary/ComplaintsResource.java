package org.jornada.complaint.boundary;

import org.jornada.platform.control.Jsons;
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
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jornada.complaint.control.ComplaintValidator;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Languages;

/** {@code POST /api/v1/complaints}: files an anonymous complaint and answers with its receipt. */
@Path("complaints")
@RequestScoped
public class ComplaintsResource {

    @Inject
    ComplaintIntake intake;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "File a complaint",
            description = "Body: {language, visaType, categories[], employerName, recruiterName, worksiteState, "
                    + "startedOn (YYYY-MM), endedOn (YYYY-MM), narrative, inDanger, contact {channel, value}, "
                    + "consentToContact}. categories (codes of DESIGN.md) and narrative (1-20,000 characters) are "
                    + "required. The receipt is shown once and never stored in the clear.")
    @RequestBody(required = true)
    @APIResponse(responseCode = "201", description = "{\"receipt\":\"<20 digits>\",\"urgent\":bool}")
    @APIResponse(responseCode = "400", description = "Malformed body, unknown field or invalid value; names the field")
    @APIResponse(responseCode = "413", description = "Body over 256 KB")
    public Response file(InputStream body) {
        Locale locale = Languages.preferred(headers.getAcceptableLanguages());
        try {
            var draft = JsonBodies.complaint(JsonBodies.read(body));
            var result = new ComplaintValidator(clock).validate(draft);
            if (!result.isValid()) {
                return Problems.fieldResponse(locale, result.errors());
            }
            var filed = intake.file(result.complaint(), List.of());
            return Response.status(Response.Status.CREATED)
                    .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(Jsons.PROVIDER.createObjectBuilder()
                            .add("receipt", filed.receipt().digits())
                            .add("urgent", filed.urgent())
                            .build().toString())
                    .build();
        } catch (JsonBodies.BadRequest bad) {
            return bad.toResponse(locale);
        }
    }
}
