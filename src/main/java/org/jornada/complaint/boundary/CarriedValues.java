package org.jornada.complaint.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.platform.control.SafeLog;

/**
 * What the worker brought to the complaint form from another page (the wage check), through the
 * {@link ReportAttachment} hook: each value carried while it is one the feature accepts, written
 * back as a hidden field until the report is filed, then kept on the new case (or not, and the
 * receipt says so). One per form request ({@link ReportPage}).
 */
public final class CarriedValues {

    private static final Logger LOG = Logger.getLogger(CarriedValues.class.getName());

    private final List<Carried> carried = new ArrayList<>();
    private final List<Carried> notKept = new ArrayList<>();

    /** A value brought from another page: written back as a hidden field until the report is filed. */
    public record Carried(ReportAttachment attachment, String value) {
        public String getField() {
            return attachment.field();
        }

        public String getValue() {
            return value;
        }

        public String getNotice() {
            return attachment.noticeKey();
        }
    }

    /** Takes from the request's parameters what a feature accepts. */
    void carry(Map<String, String> params, Iterable<ReportAttachment> attachments) {
        for (ReportAttachment attachment : attachments) {
            String value = params.get(attachment.field());
            if (value != null && !value.isEmpty() && attachment.accepts(value)) {
                carried.add(new Carried(attachment, value));
            }
        }
    }

    List<Carried> all() {
        return carried;
    }

    /** What could not be kept on the case just filed. */
    List<Carried> notKept() {
        return notKept;
    }

    /** Keeps what was brought on the case just filed (each in its own transaction, after the case). */
    void keep(ComplaintIntake intake, ComplaintIntake.Filed filed) {
        if (carried.isEmpty() || filed == null || filed.receipt() == null || filed.repeated()) {
            return;
        }
        Optional<Long> caseId;
        try {
            caseId = intake.findByReceipt(filed.receipt()).map(c -> c.getId());
        } catch (RuntimeException e) {
            caseId = Optional.empty();
        }
        for (Carried c : carried) {
            boolean kept = false;
            try {
                kept = caseId.isPresent() && c.attachment().attach(caseId.get(), c.value());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Keeping what the report form carried failed: {0}", SafeLog.describe(e));
            }
            if (!kept) {
                notKept.add(c);
            }
        }
    }
}
