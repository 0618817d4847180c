package org.jornada.complaint.boundary;

import org.jornada.platform.control.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.Languages;
import org.jornada.platform.control.Messages;

/**
 * The worker's follow-up through the API: the receipt travels in the POST body only, never in a
 * URL. Wrong or unknown codes get the same 404 and count against the per-client limit (429).
 */
@Path("followup")
@RequestScoped
public class FollowUpResource {

    @Inject
    jakarta.enterprise.inject.Instance<CaseNews> news;

    @Inject
    FollowUpAccess access;

    @Inject
    MessageThread thread;

    @Inject
    ClientKeys clientKeys;

    @Context
    HttpHeaders headers;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "Read a case by its receipt", description = "Body: {\"receipt\"}. Answers "
            + "{state, stateText, messages:[{from, text, at}]}.")
    @APIResponse(responseCode = "200", description = "The case state and the message thread")
    @APIResponse(responseCode = "404", description = "Unknown or malformed receipt (one generic answer)")
    @APIResponse(responseCode = "429", description = "Too many wrong receipts from this client; wait")
    public Response read(InputStream body) {
        Locale locale = locale();
        try {
            JsonObject json = JsonBodies.read(body);
            JsonBodies.rejectUnknown(json, Set.of("receipt"), "");
            var attempt = access.open(clientKeys.of(request), JsonBodies.requiredString(json, "receipt"));
            if (!attempt.found()) {
                return notFound(attempt, locale);
            }
            var complaint = attempt.complaint();
            JsonArrayBuilder messages = Jsons.PROVIDER.createArrayBuilder();
            for (MessageThread.Entry entry : thread.messages(complaint.getId())) {
                messages.add(message(entry));
            }
            return json(200, Jsons.PROVIDER.createObjectBuilder()
                    .add("state", complaint.getState().name())
                    .add("stateText", Messages.get(locale, "state." + complaint.getState().name()))
                    .add("messages", messages)
                    .add("news", Jsons.PROVIDER.createArrayBuilder(news.isResolvable()
                            ? news.get().of(complaint.getId(), locale) : java.util.List.of()))
                    .build());
        } catch (JsonBodies.BadRequest bad) {
            return bad.toResponse(locale);
        }
    }

    @POST
    @Path("messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "Answer advocates", description = "Body: {\"receipt\", \"text\"} (1-5,000 characters).")
    @APIResponse(responseCode = "201", description = "The message as stored: {from, text, at}")
    @APIResponse(responseCode = "400", description = "Missing or too long text")
    @APIResponse(responseCode = "404", description = "Unknown or malformed receipt (one generic answer)")
    @APIResponse(responseCode = "429", description = "Too many wrong receipts from this client; wait")
    public Response answer(InputStream body) {
        Locale locale = locale();
        try {
            JsonObject json = JsonBodies.read(body);
            JsonBodies.rejectUnknown(json, Set.of("receipt", "text"), "");
            String receipt = JsonBodies.requiredString(json, "receipt");
            var attempt = access.open(clientKeys.of(request), receipt);
            if (!attempt.found()) {
                return notFound(attempt, locale);
            }
            String text = json.containsKey("text") && json.get("text") instanceof jakarta.json.JsonString s
                    ? s.getString() : null;
            var error = MessageThread.checkText(text);
            if (error.isPresent()) {
                return Problems.fieldResponse(locale, List.of(error.get()));
            }
            var entry = thread.post(attempt.complaint().getId(), MessageAuthor.WORKER, text.strip());
            return json(201, message(entry).build());
        } catch (JsonBodies.BadRequest bad) {
            return bad.toResponse(locale);
        }
    }

    private Locale locale() {
        return Languages.preferred(headers.getAcceptableLanguages());
    }

    private static Response notFound(FollowUpAccess.Attempt attempt, Locale locale) {
        Response response = Problems.of(attempt.failureStatus(), locale, attempt.failure(locale));
        return attempt.limited()
                ? Response.fromResponse(response).header("Retry-After", attempt.retryAfter().toSeconds()).build()
                : response;
    }

    private static jakarta.json.JsonObjectBuilder message(MessageThread.Entry entry) {
        return Jsons.PROVIDER.createObjectBuilder()
                .add("from", entry.from().name())
                .add("text", entry.text())
                .add("at", entry.at().toString());
    }

    private static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body.toString()).build();
    }

}
