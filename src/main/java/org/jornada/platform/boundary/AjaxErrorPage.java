package org.jornada.platform.boundary;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' {@link FullAjaxExceptionHandler} for the staff pages' ajax requests (the queue's
 * filters and pages, the checklist): an exception, an expired view included, replaces the page
 * with {@value #LOCATION} in the person's language instead of leaving the page silently unchanged.
 * Non-ajax requests keep web.xml's static error pages, which render even when Faces cannot; this
 * page is a Facelets view because the handler renders it through Faces. No stack trace, no detail
 * of the exception reaches the page.
 */
public class AjaxErrorPage extends FullAjaxExceptionHandler {

    public static final String LOCATION = "/errors/ajax.xhtml";

    public AjaxErrorPage(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable exception) {
        return LOCATION;
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AjaxErrorPage(getWrapped().getExceptionHandler());
        }
    }
}
