package org.jornada.channel.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The check Meta makes when a webhook URL is saved ({@code GET ?hub.mode=subscribe&hub.verify_token=…
 * &hub.challenge=…}): the portal answers the challenge as plain text only when the token is its own
 * {@code JORNADA_WHATSAPP_VERIFY_TOKEN} (compared in constant time), otherwise {@code 403}.
 *
 * <pre>{@code
 * return MetaHandshake.answer(mode, token, challenge, settings.whatsappVerifyToken())
 *         .map(c -> Response.ok(c, "text/plain")).orElse(Response.status(403)).build();
 * }</pre>
 */
public final class MetaHandshake {

    /** Meta's challenges are short numbers; anything long or odd is not echoed back. */
    private static final String CHALLENGE = "[A-Za-z0-9_-]{1,128}";

    private MetaHandshake() {
    }

    /** The challenge to answer with, or empty when the request is not Meta's with our token. */
    public static Optional<String> answer(String mode, String token, String challenge, String verifyToken) {
        if (!"subscribe".equals(mode) || token == null || challenge == null || verifyToken == null
                || verifyToken.isEmpty() || !challenge.matches(CHALLENGE)) {
            return Optional.empty();
        }
        boolean same = MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                verifyToken.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.of(challenge) : Optional.empty();
    }
}
