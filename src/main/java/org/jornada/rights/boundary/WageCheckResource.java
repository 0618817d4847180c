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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jornada.complaint.boundary.JsonBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Languages;

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

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Work out the wage floor, the shortfall per pay period, the three-fourths guarantee and the"
            + " costs owed back, with every assumption")
    public Response check(InputStream body) {
        Locale locale = Languages.preferred(headers.getAcceptableLanguages());
        try {
            var question = WageCheckJson.question(JsonBodies.read(body));
            return Response.ok(WageCheckJson.answer(tables.check().answer(question), locale))
                    .header("Content-Language", locale.getLanguage()).build();
        } catch (JsonBodies.BadRequest bad) {
            return bad.toResponse(locale);
        }
    }
}
