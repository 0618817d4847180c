package org.jornada.channel.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.jornada.channel.control.CallFlow.Heard;
import org.jornada.channel.control.CallFlow.Step;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.control.FormFields;
import org.jornada.channel.control.TwilioSignature;
import org.jornada.channel.control.Twiml;

/**
 * The phone line's webhooks (issue #29, docs/channels.md "Phone line"), each checking
 * {@code X-Twilio-Signature} through the SDK's validator over the exact public address Twilio posted
 * to (query string included) before anything else: a wrong one is 403 with nothing done; Twilio
 * without its auth token is 404.
 * <ul>
 * <li>{@code POST /api/v1/channels/twilio/voice}: a call comes in (the number's "A call comes in");</li>
 * <li>{@code POST /api/v1/channels/twilio/voice/next?at=STEP}: the next steps (keys pressed, a
 * recording made), addresses the portal gives in its own TwiML;</li>
 * <li>{@code POST /api/v1/channels/twilio/voice/status}: "Call status changes": an ended call is
 * forgotten at once.</li>
 * </ul>
 * Only {@code CallSid}, {@code Digits}, {@code RecordingUrl} and {@code CallStatus} are read: never
 * {@code From} or Twilio's guesses of where the caller is.
 */
@Path("channels/twilio/voice")
@RequestScoped
public class PhoneLineWebhooks {

    private static final Logger LOG = Logger.getLogger(PhoneLineWebhooks.class.getName());
    /** The line's address under the public URL, as it is entered in the Twilio console. */
    public static final String PATH = "/api/v1/channels/twilio/voice";
    private static final Set<String> ENDED = Set.of("completed", "busy", "failed", "no-answer", "canceled");

    @Inject
    PhoneCallHandling calls;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response start(byte[] body, @HeaderParam(TwilioSignature.HEADER) String signature) {
        return step(null, PATH, body, signature);
    }

    @POST
    @Path("next")
    @Consumes(MediaType.WILDCARD)
    public Response next(@QueryParam("at") String at, byte[] body,
            @HeaderParam(TwilioSignature.HEADER) String signature) {
        String query = uri.getRequestUri().getRawQuery();
        Step step = Arrays.stream(Step.values()).filter(s -> s.name().equals(at)).findFirst().orElse(null);
        return step(step, PATH + "/next" + (query == null ? "" : "?" + query), body, signature);
    }

    @POST
    @Path("status")
    @Consumes(MediaType.WILDCARD)
    public Response status(byte[] body, @HeaderParam(TwilioSignature.HEADER) String signature) {
        ChannelSettings settings = calls.settings();
        if (!settings.twilioOn()) {
            return Response.status(404).build();
        }
        Optional<Map<String, String>> form = verified(settings, PATH + "/status", body, signature);
        if (form.isEmpty()) {
            return refused();
        }
        String sid = form.get().get("CallSid");
        if (sid != null && ENDED.contains(form.get().getOrDefault("CallStatus", ""))) {
            calls.ended(sid);
        }
        return Response.noContent().build();
    }

    private Response step(Step at, String pathAndQuery, byte[] body, String signature) {
        ChannelSettings settings = calls.settings();
        if (!settings.twilioOn()) {
            return Response.status(404).build();
        }
        Optional<Map<String, String>> form = verified(settings, pathAndQuery, body, signature);
        if (form.isEmpty()) {
            return refused();
        }
        Map<String, String> fields = form.get();
        String sid = fields.get("CallSid");
        if (sid == null || sid.isBlank()) {
            return Response.ok(Twiml.of(java.util.List.of()), Twiml.CONTENT_TYPE).build();
        }
        // a recording ended by hanging up is posted with Digits "hangup" (and the call completed)
        boolean hungUp = "completed".equals(fields.get("CallStatus")) || "hangup".equals(fields.get("Digits"));
        Heard heard = new Heard(hungUp ? "" : fields.get("Digits"), fields.get("RecordingUrl"), hungUp);
        String base = TwilioSignature.base(settings.publicUrl()) + PATH + "/next?at=";
        return Response.ok(calls.answer(sid, at, heard, next -> base + next.name()), Twiml.CONTENT_TYPE).build();
    }

    private static Optional<Map<String, String>> verified(ChannelSettings settings, String pathAndQuery, byte[] body,
            String signature) {
        Optional<Map<String, String>> form = FormFields.parse(new String(body, StandardCharsets.UTF_8));
        if (form.isEmpty() || signature == null || !TwilioSignature.at(settings.twilioAuthToken(), settings.publicUrl(),
                pathAndQuery).valid(form.get(), signature)) {
            return Optional.empty();
        }
        return form;
    }

    private static Response refused() {
        LOG.info("A twilio voice webhook call was refused: its signature did not check.");
        return Response.status(403).type(MediaType.TEXT_PLAIN).entity("Forbidden").build();
    }
}
