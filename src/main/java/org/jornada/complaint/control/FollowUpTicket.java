package org.jornada.complaint.control;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jornada.platform.control.DataCipher;

/**
 * What the follow-up page carries between its forms instead of the receipt code: the case id and
 * an expiry, sealed with AES-GCM so it cannot be forged or read. It lives only in the page (a
 * hidden field of a POST form, never a URL or cookie) and expires after {@link #LIFETIME}.
 */
public class FollowUpTicket {

    public static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final String PURPOSE = "sealed:followup.ticket";

    private final DataCipher cipher;
    private final Clock clock;

    public FollowUpTicket(DataCipher cipher, Clock clock) {
        this.cipher = cipher;
        this.clock = clock;
    }

    public String issue(long complaintId) {
        String payload = complaintId + ":" + Instant.now(clock).plus(LIFETIME).getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(cipher.seal(payload.getBytes(StandardCharsets.UTF_8), PURPOSE));
    }

    /** The case id, when the ticket is genuine and not expired. */
    public Optional<Long> resolve(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 200) {
            return Optional.empty();
        }
        try {
            String payload = new String(cipher.open(Base64.getUrlDecoder().decode(ticket), PURPOSE),
                    StandardCharsets.UTF_8);
            int colon = payload.indexOf(':');
            long id = Long.parseLong(payload.substring(0, colon));
            long expires = Long.parseLong(payload.substring(colon + 1));
            return Instant.now(clock).getEpochSecond() < expires ? Optional.of(id) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
