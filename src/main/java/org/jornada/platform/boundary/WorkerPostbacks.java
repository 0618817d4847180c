package org.jornada.platform.boundary;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewAction;
import jakarta.faces.view.ViewMetadata;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.ActionListenerWrapper;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Iterator;
import org.jornada.platform.control.Messages;

/**
 * A worker form posted back as no browser of ours sends it always gets the form back with a message
 * in the worker's language (issue #23: {@code /rate} without its button answered 500). Two cases
 * reach no action of the page's bean, so its own error summary stays empty:
 * <ul>
 * <li>no button (or a button of a form the page does not show): "nothing was sent, press the
 * button";</li>
 * <li>a value Faces refuses before the bean sees it (a choice that is not among the radios or the
 * list): "an answer is not one of the choices". Faces' own messages, in English and naming
 * component ids, are dropped.</li>
 * </ul>
 * The message goes in the request attribute {@link #NOTICE}, which the worker template shows above
 * the page. Staff and union pages keep their own messages.
 * <p>
 * The 500 itself came from pages that render what their view action loads ({@code /rate}, the
 * profiles): a view action does not run on a postback, yet Faces asks the bean for it while reading
 * the form ({@code rendered} conditions) and while rendering. So on every worker postback the view's
 * actions run here first, right after the view is restored, as they do on a first visit; before
 * them, a form opened before the quick exit is sent to the empty form ({@link ExitedForms}).
 */
public class WorkerPostbacks implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** Request attribute: the message about the form, in the worker's language. */
    public static final String NOTICE = "jornada.formNotice";
    private static final String ACTED = "jornada.actionRan";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    /**
     * Right after a worker postback's view is restored, before Faces reads the form (whose
     * {@code rendered} conditions already ask the bean for what the view action loads): the view's
     * actions, as on a first visit. One that answers 404 ends the request there.
     */
    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RESTORE_VIEW || !isWorkerPostback(faces)) {
            return;
        }
        if (ExitedForms.closed(faces.getExternalContext())) {
            ExitedForms.restart(faces);
            return;
        }
        for (UIViewAction action : ViewMetadata.getViewActions(faces.getViewRoot())) {
            if (action.isRendered()) {
                action.getActionExpression().invoke(faces.getELContext(), null);
            }
            if (faces.getResponseComplete()) {
                return;
            }
        }
    }

    /** Before a worker form is rendered again: the message when no button ran or Faces refused a value. */
    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (event.getPhaseId() != PhaseId.RENDER_RESPONSE || !isWorkerPostback(faces) || !hasForm(faces.getViewRoot())) {
            return;
        }
        String key = null;
        if (faces.isValidationFailed()) {
            for (Iterator<FacesMessage> messages = faces.getMessages(); messages.hasNext();) {
                messages.next();
                messages.remove();
            }
            key = "form.invalidChoice";
        } else if (faces.getAttributes().get(ACTED) == null) {
            key = "form.notSent";
        }
        if (key != null) {
            Language language = CDI.current().select(Language.class).get();
            faces.getExternalContext().getRequestMap().put(NOTICE, Messages.get(language.getLocale(), key));
        }
    }

    private static boolean isWorkerPostback(FacesContext faces) {
        return faces.isPostback() && faces.getViewRoot() != null && isWorkerView(faces.getViewRoot().getViewId());
    }

    /** Worker pages: everything but the staff's, the union's and the error pages. */
    static boolean isWorkerView(String viewId) {
        return viewId != null && !viewId.startsWith("/staff/") && !viewId.startsWith("/union/")
                && !viewId.startsWith("/errors/");
    }

    private static boolean hasForm(UIComponent component) {
        if (component instanceof UIForm) {
            return true;
        }
        for (Iterator<UIComponent> kids = component.getFacetsAndChildren(); kids.hasNext();) {
            if (hasForm(kids.next())) {
                return true;
            }
        }
        return false;
    }

    /** Notes that a button's action ran in this request (a view action is not a button). */
    public static class Actions extends ActionListenerWrapper {

        private final ActionListener wrapped;

        public Actions(ActionListener wrapped) {
            this.wrapped = wrapped;
        }

        @Override
        public ActionListener getWrapped() {
            return wrapped;
        }

        @Override
        public void processAction(ActionEvent event) throws AbortProcessingException {
            if (!(event.getComponent() instanceof UIViewAction)) {
                event.getFacesContext().getAttributes().put(ACTED, Boolean.TRUE);
            }
            wrapped.processAction(event);
        }
    }
}
