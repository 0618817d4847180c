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
 * keeps only the receipt's HMAC, and lets other features fill in their part
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

    Complaint build(ValidComplaint valid, ReceiptCode receipt, String submissionKey) {
        Complaint complaint = new Complaint(hasher.hash(receipt), submissionKey, valid.facts(),
                cipher.sealText(valid.narrative(), NARRATIVE), valid.contactChannel(),
                cipher.sealText(valid.contactValue(), CONTACT), valid.consentToContact(), Instant.now(clock));
        for (NewCaseHook hook : hooks) {
            hook.beforeStore(complaint);
        }
        return complaint;
    }
}
