package org.jornada.complaint.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jornada.complaint.control.ReceiptHasher;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.Secrets;

/**
 * Makes a new, not yet stored case from a valid complaint: seals the narrative and contact,
 * keeps only the receipt's HMAC, and lets other features fill in and store their part
 * ({@link NewCaseHook}). Both ways of storing a case use it: {@link ComplaintIntake} (the
 * form, with evidence, in a JTA transaction) and {@link ComplaintWriter} (the API, group commit).
 */
@ApplicationScoped
public class NewComplaints {

    static final String NARRATIVE = "sealed:complaint.narrative";
    static final String CONTACT = "sealed:complaint.contact";

    @Inject
    DataCipher cipher;

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    @Inject
    Instance<NewCaseHook> hookBeans;

    private ReceiptHasher hasher;
    private List<NewCaseHook> hooks;

    @PostConstruct
    void init() {
        hasher = new ReceiptHasher(secrets.receiptSecret());
        hooks = hookBeans.stream().toList();
    }

    ReceiptHasher hasher() {
        return hasher;
    }

    /** A new case not yet stored: the complaint, and each hook's part of it (in the order of {@link #hooks()}). */
    record NewCase(Complaint complaint, List<NewCaseHook.Part> parts) {
    }

    /** The hooks, in the order of every {@link NewCase#parts()}. */
    List<NewCaseHook> hooks() {
        return hooks;
    }

    /** The case, held apart from the queue in burst {@code heldBurst} when that is not null. */
    NewCase build(ValidComplaint valid, ReceiptCode receipt, String submissionKey, String heldBurst) {
        Complaint complaint = new Complaint(hasher.hash(receipt), submissionKey, valid.facts(),
                cipher.sealText(valid.narrative(), NARRATIVE), valid.contactChannel(),
                cipher.sealText(valid.contactValue(), CONTACT), valid.consentToContact(), Instant.now(clock));
        List<NewCaseHook.Part> parts = new java.util.ArrayList<>(hooks.size());
        for (NewCaseHook hook : hooks) {
            parts.add(hook.beforeStore(complaint, heldBurst));
        }
        return new NewCase(complaint, parts);
    }

    /** The form's path: the hooks' parts, stored in the filing transaction once the complaint has its id. */
    void persistParts(jakarta.persistence.EntityManager em, NewCase stored) {
        em.flush();
        for (NewCaseHook.Part part : stored.parts()) {
            if (part != null) {
                part.persist(em, stored.complaint().getId());
            }
        }
    }

    /** The API's path: each hook's parts of a batch, on the writer's connection; {@code ids[i]} is the i-th case's. */
    void insertParts(java.sql.Connection connection, List<NewCase> batch, long[] ids) throws java.sql.SQLException {
        for (int h = 0; h < hooks.size(); h++) {
            List<NewCaseHook.Part> parts = new java.util.ArrayList<>(batch.size());
            for (NewCase c : batch) {
                parts.add(c.parts().get(h));
            }
            hooks.get(h).insert(connection, parts, ids);
        }
    }
}
