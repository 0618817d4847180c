package org.jornada.complaint.control;

import java.util.Map;

/**
 * {@code /report?recruiter=&employer=}: the names another page sends along (the job check's
 * "report this recruiter", issue #28), typed into the form's fields on its first view only; the
 * worker may change or clear them. A value too long for its field (200 characters) or holding
 * control characters is ignored, as is every other parameter.
 */
public final class NamesPrefill {

    private NamesPrefill() {
    }

    public static void fill(Map<String, String> params, ComplaintDraft draft) {
        if (usable(params.get("recruiter"))) {
            draft.setRecruiterName(params.get("recruiter").strip());
        }
        if (usable(params.get("employer"))) {
            draft.setEmployerName(params.get("employer").strip());
        }
    }

    static boolean usable(String name) {
        return name != null && !name.isBlank() && name.length() <= 200 && name.codePoints().noneMatch(Character::isISOControl);
    }
}
