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

    public void publish(long id) {
        try {
            reviews.publish(current.get(), id, field("text", id));
            done("moderation.published");
        } catch (RuntimeException refused) {
            say(FacesMessage.SEVERITY_ERROR, "moderation.refused");
        }
    }

    public void reject(long id) {
        String reason = field("reason", id);
        if (reason == null || reason.isBlank()) {
            say(FacesMessage.SEVERITY_ERROR, "moderation.reasonNeeded");
            return;
        }
        try {
            reviews.reject(current.get(), id, reason);
            done("moderation.rejected");
        } catch (RuntimeException refused) {
            say(FacesMessage.SEVERITY_ERROR, "moderation.refused");
        }
    }

    private void done(String key) {
        waiting = null;
        PageMessages.doneThenReload("/staff/reviews", key);
    }

    private void say(FacesMessage.Severity severity, String key) {
        PageMessages.say(severity, key);
    }
}
