package org.jornada.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jornada.platform.control.Messages;

/**
 * Messages on staff pages, in the page's language, and the redirect after a successful POST
 * (post/redirect/get): the page is loaded again with a GET and the message rides in the flash, so
 * a browser refresh shows the page and never repeats the change. A refused POST is not redirected:
 * the page shows why, with what was typed still in the form.
 */
public final class PageMessages {

    private PageMessages() {
    }

    /** Adds the message for the page, once: two refused fields with the same words show one line. */
    public static void say(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.get(faces.getViewRoot().getLocale(), key, args);
        boolean said = faces.getMessageList(null).stream()
                .anyMatch(m -> m.getSeverity() == severity && text.equals(m.getSummary()));
        if (!said) {
            faces.addMessage(null, new FacesMessage(severity, text, null));
        }
    }

    /** Shows why a command refused the input: one error message per refused field. */
    public static void sayRefused(org.jornada.platform.control.RefusedException refused) {
        refused.errors().forEach(e -> say(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.args()));
    }

    /**
     * Runs a use-case command for a page: its answer, or empty when it refused (the fields' messages
     * are said) or forbade (its reason is said). The command has changed nothing in either case.
     */
    public static <T> java.util.Optional<T> run(java.util.function.Supplier<T> command) {
        try {
            return java.util.Optional.ofNullable(command.get());
        } catch (org.jornada.platform.control.RefusedException refused) {
            sayRefused(refused);
        } catch (org.jornada.platform.control.PermissionDeniedException forbidden) {
            say(FacesMessage.SEVERITY_ERROR, forbidden.messageKey());
        }
        return java.util.Optional.empty();
    }

    /** Says that the change is done and loads {@code path} (a staff address) again with a GET. */
    public static void doneThenReload(String path, String key, Object... args) {
        say(FacesMessage.SEVERITY_INFO, key, args);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
