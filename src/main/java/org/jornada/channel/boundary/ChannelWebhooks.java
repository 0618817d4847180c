package org.jornada.channel.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.control.FormFields;
import org.jornada.channel.control.Inbound;
import org.jornada.channel.control.MetaHandshake;
import org.jornada.channel.control.MetaPayload;
import org.jornada.channel.control.MetaSignature;
import org.jornada.channel.control.SmsGatePayload;
import org.jornada.channel.control.SmsGateSignature;
import org.jornada.channel.control.TwilioPayload;
import org.jornada.channel.control.TwilioSignature;
import org.jornada.channel.control.Twiml;

/**
 * The providers' webhooks (docs/channels.md). Each checks its signature on the raw request before
 * anything else: a wrong or missing one is 403 with no detail, nothing stored, one log line that
 * names only the provider. A provider without its secret is off: 404.
 * <ul>
 * <li>{@code POST /api/v1/channels/twilio}: Twilio SMS and WhatsApp, answered in TwiML;</li>
 * <li>{@code GET|POST /api/v1/channels/whatsapp}: Meta's handshake, and its messages (200 at once,
 * answered through the Graph API);</li>
 * <li>{@code POST /api/v1/channels/smsgate}: the Android SMS gateway (answered through its API).</li>
 * </ul>
 */
@Path("channels")
@RequestScoped
public class ChannelWebhooks {

    private static final Logger LOG = Logger.getLogger(ChannelWebhooks.class.getName());

    @Inject
    MessageHandling handling;

    @Inject
    Clock clock;

    @POST
    @Path("twilio")
    @Consumes(MediaType.WILDCARD)
    public Response twilio(byte[] body, @HeaderParam(TwilioSignature.HEADER) String signature) {
        ChannelSettings settings = handling.settings();
        if (!settings.twilioOn()) {
            return Response.status(404).build();
        }
        Optional<Map<String, String>> form = FormFields.parse(new String(body, StandardCharsets.UTF_8));
        if (form.isEmpty() || signature == null
                || !new TwilioSignature(settings.twilioAuthToken(), settings.publicUrl()).valid(form.get(), signature)) {
            return refused("twilio");
        }
        Optional<Inbound> in = TwilioPayload.parse(form.get());
        String text = in.map(handling::answer).orElse("");
        return Response.ok(text.isEmpty() ? Twiml.of(List.of()) : Twiml.of(text), Twiml.CONTENT_TYPE).build();
    }

    @GET
    @Path("whatsapp")
    public Response whatsappHandshake(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
            @QueryParam("hub.challenge") String challenge) {
        ChannelSettings settings = handling.settings();
        if (!settings.whatsappOn()) {
            return Response.status(404).build();
        }
        return MetaHandshake.answer(mode, token, challenge, settings.whatsappVerifyToken())
                .map(c -> Response.ok(c, MediaType.TEXT_PLAIN).build()).orElseGet(() -> refused("whatsapp"));
    }

    @POST
    @Path("whatsapp")
    @Consumes(MediaType.WILDCARD)
    public Response whatsapp(byte[] body, @HeaderParam(MetaSignature.HEADER) String signature) {
        ChannelSettings settings = handling.settings();
        if (!settings.whatsappOn()) {
            return Response.status(404).build();
        }
        if (signature == null || !new MetaSignature(settings.whatsappAppSecret()).valid(body, signature)) {
            return refused("whatsapp");
        }
        MetaPayload.parse(body).forEach(handling::answerLater);
        return Response.ok().build();
    }

    @POST
    @Path("smsgate")
    @Consumes(MediaType.WILDCARD)
    public Response smsgate(byte[] body, @HeaderParam(SmsGateSignature.SIGNATURE_HEADER) String signature,
            @HeaderParam(SmsGateSignature.TIMESTAMP_HEADER) String timestamp) {
        ChannelSettings settings = handling.settings();
        if (!settings.smsgateOn()) {
            return Response.status(404).build();
        }
        if (signature == null || timestamp == null
                || !new SmsGateSignature(settings.smsgateKey(), clock).valid(body, signature, timestamp)) {
            return refused("smsgate");
        }
        SmsGatePayload.parse(body).ifPresent(handling::answerLater);
        return Response.ok().build();
    }

    private static Response refused(String provider) {
        LOG.info("A " + provider + " webhook call was refused: its signature did not check.");
        return Response.status(403).type(MediaType.TEXT_PLAIN).entity("Forbidden").build();
    }
}
