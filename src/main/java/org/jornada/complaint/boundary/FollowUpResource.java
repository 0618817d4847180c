package org.jornada.complaint.boundary;

import org.jornada.platform.control.CachedJsonProvider;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
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
    CaseProgress progress;

    @Inject
    jakarta.enterprise.inject.Instance<WorkerQuestions> questions;

    @Inject
    FollowUpAccess access;

    @Inject
    CaseErasure erasure;

    @Inject
    MessageThread thread;

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
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "Read a case by its receipt", description = "Body: {\"receipt\"}. Answers "
            + "{state, stateText, messages:[{from, text, at}]}.")
    @APIResponse(responseCode = "200", description = "The case state and the message thread")
    @APIResponse(responseCode = "404", description = "Unknown or malformed receipt (one generic answer)")
    @APIResponse(responseCode = "429", description = "Too many wrong receipts from this client; wait")
    public Response read(InputStream body) {
        return onCase(body, FollowUpBodies.Read.class, (read, complaint, locale) -> {
            String state = progress.stateOf(complaint.getId()).name();
            JsonArrayBuilder messages = CachedJsonProvider.PROVIDER.createArrayBuilder();
            for (MessageThread.Entry entry : thread.messages(complaint.getId())) {
                messages.add(message(entry));
            }
            return json(200, CachedJsonProvider.PROVIDER.createObjectBuilder()
                    .add("state", state)
                    .add("stateText", Messages.get(locale, "state." + state))
                    .add("messages", messages)
                    .add("news", CachedJsonProvider.PROVIDER.createArrayBuilder(news.isResolvable()
                            ? news.get().of(complaint.getId(), locale) : java.util.List.of()))
                    .add("consentRequests", consentRequests(complaint.getId(), locale))
                    .add("consentsGiven", consentsGiven(complaint.getId(), locale))
                    .add("referrals", referrals(complaint.getId(), locale))
                    .build());
        });
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
        return onCase(body, FollowUpBodies.Message.class, (answer, complaint, locale) -> {
            String text = answer.text();
            var error = MessageThread.checkText(text);
            if (error.isPresent()) {
                return Problems.fieldResponse(locale, List.of(error.get()));
            }
            var entry = thread.post(complaint.getId(), MessageAuthor.WORKER, text.strip());
            return json(201, message(entry).build());
        });
    }

    @POST
    @Path("consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "Answer whether an authority may get your name", description = "Body: {\"receipt\", "
            + "\"requestId\", \"allow\": true|false}. An answer is final.")
    @APIResponse(responseCode = "200", description = "Recorded: {requestId, allow}")
    @APIResponse(responseCode = "400", description = "requestId or allow missing or of the wrong type")
    @APIResponse(responseCode = "404", description = "Unknown receipt, or no such question waiting on this case")
    @APIResponse(responseCode = "429", description = "Too many wrong receipts from this client; wait")
    public Response consent(InputStream body) {
        return onCase(body, FollowUpBodies.Consent.class, (consent, complaint, locale) -> {
            // asked once the receipt opened the case (wrong types were named before it was tried)
            List<FieldError> missing = new java.util.ArrayList<>();
            if (consent.requestId() == null) {
                missing.add(new FieldError("requestId", "consent.request.invalid"));
            }
            if (consent.allow() == null) {
                missing.add(new FieldError("allow", "consent.allow.invalid"));
            }
            if (!missing.isEmpty()) {
                return Problems.fieldResponse(locale, missing);
            }
            boolean yes = consent.allow();
            if (!questions.isResolvable() || !questions.get().answer(complaint.getId(), consent.requestId(), yes)) {
                return Problems.response(404, locale, "consent.request.notFound");
            }
            return json(200, CachedJsonProvider.PROVIDER.createObjectBuilder().add("requestId", consent.requestId()).add("allow", yes)
                    .build());
        });
    }

    @POST
    @Path("consent/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "Take back your yes for an authority", description = "Body: {\"receipt\", \"authorityId\"}."
            + " Your latest answer for that authority becomes no: referrals not sent yet go without your contact"
            + " (or not at all), and news says what changed.")
    @APIResponse(responseCode = "200", description = "Taken back: {authorityId, allow: false}")
    @APIResponse(responseCode = "400", description = "authorityId missing or not a number")
    @APIResponse(responseCode = "404", description = "Unknown receipt, or no yes for that authority on this case")
    @APIResponse(responseCode = "429", description = "Too many wrong receipts from this client; wait")
    public Response withdrawConsent(InputStream body) {
        return onCase(body, FollowUpBodies.Withdrawal.class, (withdrawal, complaint, locale) -> {
            Long id = withdrawal.authorityId();
            if (id == null) {
                return Problems.fieldResponse(locale, List.of(new FieldError("authorityId", "consent.authority.unknown")));
            }
            if (!questions.isResolvable() || !questions.get().withdraw(complaint.getId(), id)) {
                return Problems.response(404, locale, "consent.given.notFound");
            }
            return json(200, CachedJsonProvider.PROVIDER.createObjectBuilder().add("authorityId", id)
                    .add("allow", false).build());
        });
    }

    /** What a request about the worker's own case does once the body is read and its receipt opened the case. */
    private interface OnCase<T> {
        Response on(T body, org.jornada.complaint.entity.Complaint complaint, Locale locale);
    }

    /**
     * Reads the body as its record ({@code ApiBodies.intake}: a broken body is answered 400 naming
     * every field), opens the case by its receipt (one generic 404, 429 past the client's wrong codes)
     * and hands both on.
     */
    private <T extends Record & FollowUpBodies.OnCase> Response onCase(InputStream body, Class<T> type, OnCase<T> then) {
        Locale locale = locale();
        T read = bodies.intake(body, type);
        var attempt = access.open(clientKeys.of(request), read.receipt());
        if (!attempt.found()) {
            return notFound(attempt, locale);
        }
        return then.on(read, attempt.complaint(), locale);
    }

    @POST
    @Path("erase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problems.TYPE})
    @Operation(summary = "Delete your contact details or your whole report", description = "Body: {\"receipt\", "
            + "\"what\": \"CONTACT\"|\"CASE\"}. CONTACT: advocates can no longer reach you, the report stays. "
            + "CASE: what you wrote, sent and attached and your contact are deleted; only anonymous counts stay and "
            + "the receipt opens nothing any more. Cannot be undone.")
    @APIResponse(responseCode = "200", description = "Deleted: {what}")
    @APIResponse(responseCode = "400", description = "what missing or not CONTACT or CASE")
    @APIResponse(responseCode = "404", description = "Unknown or malformed receipt (one generic answer)")
    @APIResponse(responseCode = "429", description = "Too many wrong receipts from this client; wait")
    public Response erase(InputStream body) {
        Locale locale = locale();
        FollowUpBodies.Erase erase = bodies.intake(body, FollowUpBodies.Erase.class);
        String what = erase.what();
        if (!"CONTACT".equals(what) && !"CASE".equals(what)) {
            return Problems.fieldResponse(locale, List.of(new FieldError("what", "followup.erase.what")));
        }
        var attempt = access.open(clientKeys.of(request), erase.receipt());
        if (!attempt.found()) {
            return notFound(attempt, locale);
        }
        long id = attempt.complaint().getId();
        if ("CASE".equals(what)) {
            erasure.anonymise(id, CaseErasure.Why.WORKER_REQUEST);
        } else {
            erasure.eraseContact(id, CaseErasure.Why.WORKER_REQUEST, false);
        }
        return json(200, CachedJsonProvider.PROVIDER.createObjectBuilder().add("what", what).build());
    }

    /** The yeses that still count, each with the authority's id to take it back with. */
    private jakarta.json.JsonArray consentsGiven(long complaintId, Locale locale) {
        JsonArrayBuilder given = CachedJsonProvider.PROVIDER.createArrayBuilder();
        if (questions.isResolvable()) {
            for (WorkerQuestions.Given g : questions.get().given(complaintId, locale)) {
                given.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("authorityId", g.authorityId())
                        .add("authority", g.authority()).add("text", g.text()));
            }
        }
        return given.build();
    }

    private jakarta.json.JsonArray consentRequests(long complaintId, Locale locale) {
        JsonArrayBuilder list = CachedJsonProvider.PROVIDER.createArrayBuilder();
        if (questions.isResolvable()) {
            for (WorkerQuestions.Question q : questions.get().waiting(complaintId, locale)) {
                list.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("id", q.id()).add("authority", q.authority())
                        .add("question", q.text()).add("yesMeans", q.yesMeans()).add("noMeans", q.noMeans()));
            }
        }
        return list.build();
    }

    private jakarta.json.JsonArray referrals(long complaintId, Locale locale) {
        JsonArrayBuilder list = CachedJsonProvider.PROVIDER.createArrayBuilder();
        if (news.isResolvable()) {
            for (CaseNews.Sent sent : news.get().sent(complaintId, locale)) {
                var item = CachedJsonProvider.PROVIDER.createObjectBuilder().add("authority", sent.authority())
                        .add("sentOn", sent.sentOn().toString());
                if (sent.outcome() == null) {
                    item.addNull("outcome");
                } else {
                    item.add("outcome", sent.outcome());
                }
                list.add(item);
            }
        }
        return list.build();
    }

    private Locale locale() {
        return SupportedLocales.preferred(headers.getAcceptableLanguages());
    }

    private static Response notFound(FollowUpAccess.Attempt attempt, Locale locale) {
        return attempt.failureResponse(locale);
    }

    private static jakarta.json.JsonObjectBuilder message(MessageThread.Entry entry) {
        return CachedJsonProvider.PROVIDER.createObjectBuilder()
                .add("from", entry.from().name())
                .add("text", entry.text())
                .add("at", entry.at().toString());
    }

    private static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body.toString()).build();
    }

}
