package org.jornada.channel.control;

import com.twilio.security.RequestValidator;
import java.util.Map;

/**
 * Twilio's {@code X-Twilio-Signature}, checked by the official helper library's
 * {@link RequestValidator} (issue #27: not by hand): Base64 of HMAC-SHA1, under the account's auth
 * token, of the URL Twilio called followed by every form field's name and value in name order.
 * <p>
 * The URL is the public one ({@code JORNADA_PUBLIC_URL} + {@link #PATH}), never the request's own:
 * behind a TLS proxy the portal sees {@code http://10.0.0.5:8080/...} where Twilio signed
 * {@code https://jornada.example.org/...}.
 *
 * <pre>{@code
 * Map<String, String> form = FormFields.parse(rawBody).orElse(null);
 * if (form == null || !signature.valid(form, request.getHeader(TwilioSignature.HEADER))) { return 403; }
 * }</pre>
 */
public final class TwilioSignature {

    public static final String HEADER = "X-Twilio-Signature";
    /** The webhook's path under the public URL, as it is entered in the Twilio console. */
    public static final String PATH = "/api/v1/channels/twilio";
    private final RequestValidator validator;
    private String url;

    /** {@code publicUrl}: {@code JORNADA_PUBLIC_URL} ({@code https://jornada.example.org}; a trailing slash is fine). */
    public TwilioSignature(String authToken, String publicUrl) {
        if (authToken == null || authToken.isEmpty() || publicUrl == null || publicUrl.isBlank()) {
            throw new IllegalArgumentException("no auth token or public URL");
        }
        this.validator = new RequestValidator(authToken);
        this.url = webhookUrl(publicUrl);
    }

    private TwilioSignature(String authToken, String publicUrl, String pathAndQuery) {
        this(authToken, publicUrl);
        this.url = base(publicUrl) + pathAndQuery;
    }

    /**
     * The signature of a call Twilio posts to another address of the portal ({@code pathAndQuery}: the
     * path under the public URL and its query string as posted, e.g. the phone line's next steps).
     */
    public static TwilioSignature at(String authToken, String publicUrl, String pathAndQuery) {
        return new TwilioSignature(authToken, publicUrl, pathAndQuery);
    }

    /** The address Twilio is told to call and signs: the public URL and {@link #PATH}. */
    public static String webhookUrl(String publicUrl) {
        return base(publicUrl) + PATH;
    }

    /** The public URL without a trailing slash. */
    public static String base(String publicUrl) {
        String base = publicUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base;
    }

    public String url() {
        return url;
    }

    /** Whether {@code signature} is Twilio's for these form fields posted to the public URL. */
    public boolean valid(Map<String, String> form, String signature) {
        if (form == null || signature == null || signature.isEmpty()) {
            return false;
        }
        try {
            return validator.validate(url, form, signature);
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
