package org.jornada.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.PerThreadRandom;

/**
 * Single-use views of the follow-up page (issue 24, table {@code followup_view}, V23). Every POST
 * of {@code /follow-up} that shows a case ends in a redirect to {@code /follow-up?view=TOKEN}: the
 * browser's history then holds a GET address, never the receipt code nor a form that Back or reload
 * could post again. The token is 32 random bytes; only its SHA-256 is stored, with the case, an
 * expiry of {@link #LIFETIME} and what the page says on top (a notice, problems as bundle keys:
 * never a worker's words). Showing the view deletes its row, so the address works once, on
 * whichever node answers; opened again it shows "this view has ended" and the code form.
 */
@ApplicationScoped
@Transactional
public class FollowUpViews {

    /** Long enough for a slow phone to follow the redirect, short enough to be dead when Back is pressed later. */
    public static final Duration LIFETIME = Duration.ofMinutes(3);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** What one view shows: the case (none once the report was deleted), the notice and the problems. */
    public record View(Long complaintId, String notice, List<FieldError> problems) {
    }

    /** Stores a new view and answers its token, for the redirect's address (URL-safe, 43 characters). */
    public String issue(Long complaintId, String notice, List<FieldError> problems) {
        long now = clock.instant().getEpochSecond();
        em.createNativeQuery("DELETE FROM followup_view WHERE expires_at < ?").setParameter(1, now).executeUpdate();
        byte[] random = new byte[32];
        PerThreadRandom.current().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.createNativeQuery("INSERT INTO followup_view (token_hash, complaint_id, expires_at, notice, problems) "
                + "VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, hash(token)).setParameter(2, complaintId)
                .setParameter(3, now + LIFETIME.toSeconds()).setParameter(4, notice)
                .setParameter(5, write(problems)).executeUpdate();
        return token;
    }

    /**
     * The view of this token, once: the row is deleted here, and only the caller whose delete
     * removed it gets the view (two requests racing for one token: one wins). Empty when unknown,
     * already shown or expired.
     */
    public Optional<View> take(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String hash = hash(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT complaint_id, expires_at, notice, problems FROM followup_view "
                + "WHERE token_hash = ?").setParameter(1, hash).getResultList();
        if (rows.isEmpty() || em.createNativeQuery("DELETE FROM followup_view WHERE token_hash = ?")
                .setParameter(1, hash).executeUpdate() != 1) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (((Number) row[1]).longValue() < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new View(row[0] == null ? null : ((Number) row[0]).longValue(), (String) row[2],
                read((String) row[3])));
    }

    /** Forgets every view of a case (the worker deleted the report). */
    public void forget(long complaintId) {
        em.createNativeQuery("DELETE FROM followup_view WHERE complaint_id = ?").setParameter(1, complaintId)
                .executeUpdate();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems that name a file: kept as their ".unnamed" variant, without the name. */
    private static final java.util.Set<String> UNNAMED = java.util.Set.of("error.file.tooLarge", "error.file.unsupported");

    /** field|key|arg|arg;... : field names, bundle keys and numbers only. */
    static String write(List<FieldError> problems) {
        if (problems == null || problems.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (FieldError p : problems) {
            // a file's name is the worker's words: not kept; the message that named it says "the file"
            if (UNNAMED.contains(p.messageKey())) {
                parts.add(p.field() + '|' + p.messageKey() + ".unnamed");
                continue;
            }
            StringBuilder one = new StringBuilder(p.field()).append('|').append(p.messageKey());
            for (Object arg : p.args()) {
                one.append('|').append(arg instanceof Number ? arg : "");
            }
            parts.add(one.toString());
        }
        while (parts.size() > 1 && String.join(";", parts).length() > 500) {
            parts.remove(parts.size() - 1);
        }
        String all = String.join(";", parts);
        return all.length() > 500 ? null : all;
    }

    static List<FieldError> read(String problems) {
        List<FieldError> out = new ArrayList<>();
        if (problems == null || problems.isEmpty()) {
            return out;
        }
        for (String one : problems.split(";")) {
            String[] bits = one.split("\\|", -1);
            Object[] args = new Object[bits.length - 2];
            for (int i = 2; i < bits.length; i++) {
                args[i - 2] = bits[i].isEmpty() ? "" : (Object) Long.valueOf(bits[i]);
            }
            out.add(new FieldError(bits[0], bits[1], args));
        }
        return out;
    }
}
