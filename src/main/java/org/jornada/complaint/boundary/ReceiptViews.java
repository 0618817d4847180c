package org.jornada.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.PerThreadRandom;

/**
 * Single-use views of the receipt page (issue 24, table {@code receipt_view}, V28). The report
 * form's POST that files a report ends in a redirect to {@code /receipt?view=TOKEN}: the browser's
 * history then holds a GET address, never a form that Back or reload could post again (a second
 * report) and never the code. The token is 32 random bytes and only its SHA-256 is stored, as for
 * {@link FollowUpViews}; the receipt code waits in the row sealed with the data key, for at most
 * {@link FollowUpViews#LIFETIME}, and is gone with the row once the view is shown. Opened again,
 * the address shows "this view has ended" and never files anything.
 */
@ApplicationScoped
@Transactional
public class ReceiptViews {

    static final String PURPOSE = "receipt-view";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DataCipher cipher;

    /** Something the form carried from another page and whether it was kept on the case (a bundle key, never the value). */
    public record Carried(String field, String notice, boolean kept) {
    }

    /** What one receipt view shows. {@code receipt} is null when the code may no longer be shown. */
    public record Receipt(ReceiptCode receipt, boolean urgent, boolean repeated, int files, List<Carried> carried) {
    }

    /** Stores the receipt of a report just filed and answers the token for the redirect's address. */
    public String issue(ComplaintIntake.Filed filed, List<Carried> carried) {
        long now = clock.instant().getEpochSecond();
        em.createNativeQuery("DELETE FROM receipt_view WHERE expires_at < ?").setParameter(1, now).executeUpdate();
        byte[] random = new byte[32];
        PerThreadRandom.current().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        byte[] sealed = filed.receipt() == null ? null : cipher.sealText(filed.receipt().digits(), PURPOSE);
        em.createNativeQuery("INSERT INTO receipt_view (token_hash, expires_at, receipt_sealed, urgent, repeated, files, "
                + "carried) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, FollowUpViews.hash(token)).setParameter(2, now + FollowUpViews.LIFETIME.toSeconds())
                .setParameter(3, sealed).setParameter(4, filed.urgent()).setParameter(5, filed.repeated())
                .setParameter(6, filed.evidence() == null ? 0 : filed.evidence().size())
                .setParameter(7, write(carried)).executeUpdate();
        return token;
    }

    /**
     * The receipt of this token, once: the row (and the sealed code with it) is deleted here, and
     * only the caller whose delete removed it gets the receipt. Empty when unknown, shown or expired.
     */
    public Optional<Receipt> take(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String hash = FollowUpViews.hash(token);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT expires_at, receipt_sealed, urgent, repeated, files, carried "
                + "FROM receipt_view WHERE token_hash = ?").setParameter(1, hash).getResultList();
        if (rows.isEmpty() || em.createNativeQuery("DELETE FROM receipt_view WHERE token_hash = ?")
                .setParameter(1, hash).executeUpdate() != 1) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (((Number) row[0]).longValue() < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        ReceiptCode code = row[1] == null ? null
                : ReceiptCode.parse(cipher.openText((byte[]) row[1], PURPOSE)).orElse(null);
        return Optional.of(new Receipt(code, flag(row[2]), flag(row[3]), ((Number) row[4]).intValue(),
                read((String) row[5])));
    }

    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    /** field|noticeKey|1;...: form field names, bundle keys and flags only. */
    static String write(List<Carried> carried) {
        if (carried == null || carried.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Carried c : carried) {
            parts.add(c.field() + "|" + c.notice() + "|" + (c.kept() ? 1 : 0));
        }
        String all = String.join(";", parts);
        return all.length() > 500 ? null : all;
    }

    static List<Carried> read(String carried) {
        List<Carried> out = new ArrayList<>();
        if (carried == null || carried.isEmpty()) {
            return out;
        }
        for (String one : carried.split(";")) {
            String[] bits = one.split("\\|", -1);
            if (bits.length == 3) {
                out.add(new Carried(bits[0], bits[1], "1".equals(bits[2])));
            }
        }
        return out;
    }
}
