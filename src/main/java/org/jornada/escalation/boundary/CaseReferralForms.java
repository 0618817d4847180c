package org.jornada.escalation.boundary;

import jakarta.faces.context.FacesContext;
import java.util.Map;

/**
 * What each row's form on the case page says, read from the row's own fields. The rows of the
 * authorities and of the referrals each share one {@code h:form}; a row's fields are named by its
 * authority's or referral's id ({@code prepare-identity-12}, {@code move-step-40}) and its button
 * carries that id as its value under the name of the form's one command button
 * ({@code authority-forms:prepare}, {@code referral-moves:move}). So the command acts on the row that
 * was pressed, with that row's choices, whatever the rows are when the form comes back: bound to
 * a {@code ui:repeat} by position, a choice went to whichever row now sat at that place (a
 * referral added meanwhile shifted them: "Approve" reached no row and came back as "Choose the
 * step"), and Faces remembers once for all rows whether a form was submitted (a NAMED choice on
 * another row became an anonymous draft; issue 24).
 */
public final class CaseReferralForms {

    private CaseReferralForms() {
    }

    /** The id the pressed button carried under this name, or null when none (or not a number) did. */
    static Long pressed(String button) {
        String value = parameters().get(button);
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private static Map<String, String> parameters() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }

    private static String field(String name, long id) {
        String value = parameters().get(name + "-" + id);
        return value == null || value.isBlank() ? null : value;
    }

    /** The prepare form of the pressed authority's row. */
    record Prepare(long authorityId, String identity, boolean withEvidence, String note) {

        /** The pressed row's form, or null when no row's button was pressed. */
        static Prepare pressed() {
            Long id = CaseReferralForms.pressed("authority-forms:prepare");
            return id == null ? null : new Prepare(id, field("prepare-identity", id),
                    "true".equals(field("prepare-evidence", id)), field("prepare-note", id));
        }
    }

    /** The step form of the pressed referral's row. */
    record Move(long referralId, String step, String note, String channel, String filedOn, String reference,
            String outcome, String amount, boolean resolveCase) {

        /** The pressed row's form, or null when no row's button was pressed. */
        static Move pressed() {
            Long id = CaseReferralForms.pressed("referral-moves:move");
            return id == null ? null : new Move(id, field("move-step", id), field("move-note", id),
                    field("move-channel", id), field("move-filed", id), field("move-reference", id),
                    field("move-outcome", id), field("move-amount", id), "true".equals(field("move-resolve", id)));
        }
    }
}
