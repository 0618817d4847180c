package org.jornada.rights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.jornada.complaint.boundary.CaseErasure;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.SealedColumns;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.entity.WageCalculation;

/**
 * Wage checks kept on cases (issue #14). The worker's inputs are checked again and the answer
 * worked out here, against the tables of the day: what a case keeps is what this portal answered,
 * never figures a client claims. Sealed with the data key; erased with the evidence.
 */
@ApplicationScoped
public class WageCalculations implements SealedColumns, org.jornada.casework.boundary.PayClaimStart {

    static final String PURPOSE = "wage_calculation";
    /** A calculation's inputs are small; anything bigger is not one. */
    static final int MAX_BYTES = 32 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    WageTables tables;

    @Inject
    org.jornada.casework.boundary.CaseRecords caseDetails;

    /** One kept calculation as staff read it. */
    public record Kept(long id, Instant attachedAt, WageCalculation.Via via, BigDecimal totalShortfall,
            JsonObject question, JsonObject answer) {

        /**
         * Everything the answer found owed now (issue #25: wages, deductions owed back, the
         * three-fourths guarantee, costs due); an answer kept before then has only the wages short.
         */
        public BigDecimal totalOwed() {
            return answer.get("totalOwed") instanceof jakarta.json.JsonNumber n ? n.bigDecimalValue() : totalShortfall;
        }

        /** The assumptions and caveats, said in {@code locale}. */
        public List<String> notes(Locale locale) {
            return WageAnswerJson.notes(answer, locale);
        }
    }

    /** Works the question (read and checked by {@code ApiBodies}) out again and keeps both on the case. */
    @Transactional
    public long attach(long caseId, WageCheckBody question, WageCalculation.Via via) {
        WageAnswer answer = tables.check().answer(question.question());
        JsonObject kept = CachedJsonProvider.PROVIDER.createObjectBuilder().add("version", 1)
                .add("question", org.jornada.platform.boundary.ApiBodies.kept(question))
                .add("answer", WageAnswerJson.kept(answer)).build();
        byte[] plain = kept.toString().getBytes(StandardCharsets.UTF_8);
        WageCalculation row = new WageCalculation(caseId, Instant.now(clock), via, answer.totalShortfall(),
                cipher.seal(plain, PURPOSE));
        em.persist(row);
        em.flush();
        caseDetails.refreshNearest(caseId);
        return row.getId();
    }

    /** The calculations kept on a case, oldest first. */
    public List<Kept> of(long caseId) {
        return em.createQuery("SELECT w FROM WageCalculation w WHERE w.complaintId = :id ORDER BY w.id",
                WageCalculation.class).setParameter("id", caseId).getResultList().stream().map(this::open).toList();
    }

    private Kept open(WageCalculation w) {
        String text = new String(cipher.open(w.getCalculationSealed(), PURPOSE), StandardCharsets.UTF_8);
        JsonObject kept;
        try (var reader = CachedJsonProvider.PROVIDER.createReader(new StringReader(text))) {
            kept = reader.readObject();
        }
        return new Kept(w.getId(), w.getAttachedAt(), w.getVia(), w.getTotalShortfall(), kept.getJsonObject("question"),
                kept.getJsonObject("answer"));
    }

    /**
     * The end of the first pay period any kept check found short: the day the case's pay-claim
     * clocks count from (the same day the check's own clocks count from, WageCheck).
     */
    @Override
    public Optional<java.time.LocalDate> firstShortPay(long caseId) {
        return of(caseId).stream().map(k -> firstShortPay(k.answer())).flatMap(Optional::stream)
                .min(java.time.LocalDate::compareTo);
    }

    /** The first payday any kept check found below the federal minimum: the case's FLSA clocks count from it. */
    @Override
    public Optional<java.time.LocalDate> firstBelowFederalMinimum(long caseId) {
        return of(caseId).stream().map(k -> k.answer().get("flsaFrom")).filter(v -> v instanceof jakarta.json.JsonString)
                .map(v -> java.time.LocalDate.parse(((jakarta.json.JsonString) v).getString()))
                .min(java.time.LocalDate::compareTo);
    }

    /**
     * The day a kept answer's claims count from: {@code claimsFrom} (issue #25: the first day anything
     * was owed, wages, a guarantee, a deduction or a cost); for an answer kept before it, the end of
     * its first pay period found short.
     */
    static Optional<java.time.LocalDate> firstShortPay(JsonObject answer) {
        if (answer.containsKey("claimsFrom")) {
            return answer.get("claimsFrom") instanceof jakarta.json.JsonString from
                    ? Optional.of(java.time.LocalDate.parse(from.getString())) : Optional.empty();
        }
        java.time.LocalDate first = null;
        for (jakarta.json.JsonValue v : answer.getJsonArray("periods")) {
            JsonObject p = v.asJsonObject();
            String day = p.get("to") instanceof jakarta.json.JsonString to ? to.getString()
                    : p.get("from") instanceof jakarta.json.JsonString from ? from.getString() : null;
            boolean shortPaid = p.get("shortfall") instanceof jakarta.json.JsonNumber n && n.bigDecimalValue().signum() > 0;
            if (day != null && shortPaid) {
                java.time.LocalDate d = java.time.LocalDate.parse(day);
                first = first == null || d.isBefore(first) ? d : first;
            }
        }
        return Optional.ofNullable(first);
    }

    /** What a worker was paid is evidence: it goes when the evidence goes. */
    void contactErased(@Observes CaseErasure.ContactErased erased) {
        if (erased.evidence()) {
            delete(erased.caseId());
        }
    }

    void anonymised(@Observes CaseErasure.CaseAnonymised anonymised) {
        delete(anonymised.caseId());
    }

    private void delete(long caseId) {
        em.createQuery("DELETE FROM WageCalculation w WHERE w.complaintId = :id").setParameter("id", caseId)
                .executeUpdate();
    }

    @Override
    public List<Column> sealedColumns() {
        return List.of(new Column("wage_calculation", "calculation_sealed", PURPOSE));
    }
}
