package org.jornada.review.boundary;

import jakarta.faces.application.FacesMessage;
import org.jornada.platform.boundary.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /staff/reviews} (SUPERVISOR): reviews waiting for moderation, oldest first, with phone
 * numbers, emails and likely names flagged; the moderator edits the text to redact, then
 * publishes, or rejects with a reason.
 */
@Named
@ViewScoped
public class ModerationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Reviews reviews;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient ModerateReview moderate;

    private transient List<Reviews.Waiting> waiting;

    public List<Reviews.Waiting> getWaiting() {
        if (waiting == null) {
            waiting = current.get().seesAllCases() ? reviews.waiting(100) : List.of();
        }
        return waiting;
    }

    /** A plain form field of one review's row ({@code text-42}, {@code reason-42}). */
    private static String field(String name, long id) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name + "-" + id);
    }

    /**
     * The text a row's box shows: what the moderator sent when the page comes back with a refusal
     * (a redaction half done is never thrown away), else the review's own.
     */
    public String textOf(Reviews.Waiting row) {
        String sent = field("text", row.review().getId());
        return sent != null ? sent : row.text();
    }

    /** A row's reason box as sent, when the page comes back with a refusal. */
    public String reasonOf(long id) {
        String sent = field("reason", id);
        return sent == null ? "" : sent;
    }

    public void publish(long id) {
        moderate(new ModerateReview.Input(id, ModerateReview.Decision.PUBLISH, field("text", id), null),
                "moderation.published");
    }

    public void reject(long id) {
        moderate(new ModerateReview.Input(id, ModerateReview.Decision.REJECT, null, field("reason", id)),
                "moderation.rejected");
    }

    private void moderate(ModerateReview.Input input, String doneKey) {
        PageMessages.run(() -> moderate.run(current.get(), input)).ifPresent(found -> {
            if (found) {
                done(doneKey);
            } else {
                say(FacesMessage.SEVERITY_ERROR, "moderation.refused");
            }
        });
    }

    private void done(String key) {
        waiting = null;
        PageMessages.doneThenReload("/staff/reviews", key);
    }

    private void say(FacesMessage.Severity severity, String key) {
        PageMessages.say(severity, key);
    }
}
