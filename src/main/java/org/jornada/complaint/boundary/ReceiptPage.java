package org.jornada.complaint.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/**
 * The receipt page ({@code /receipt?view=TOKEN}, issue 24): what the report form's POST redirected
 * to, shown once from {@link ReceiptViews}. Opened again (Back, reload, a later hand on the phone)
 * or too late, it says the view has ended: never the code, and nothing is filed again.
 */
@Named
@RequestScoped
public class ReceiptPage {

    @Inject
    ReceiptViews views;

    @Inject
    HttpServletRequest request;

    private ReceiptViews.Receipt receipt;

    @PostConstruct
    void init() {
        if ("GET".equals(request.getMethod())) {
            Optional<ReceiptViews.Receipt> taken = views.take(request.getParameter("view"));
            receipt = taken.orElse(null);
        }
    }

    /** Whether there is a receipt to show; false means "this view has ended". */
    public boolean isShown() {
        return receipt != null;
    }

    /** The code in groups of four, or null when it may no longer be shown. */
    public String getCode() {
        return receipt == null || receipt.receipt() == null ? null : receipt.receipt().grouped();
    }

    public boolean isRepeated() {
        return receipt != null && receipt.repeated();
    }

    /** Whether the hotline and 911 come first (danger now, or a COERCION category). */
    public boolean isUrgent() {
        return receipt != null && receipt.urgent();
    }

    public int getFiles() {
        return receipt == null ? 0 : receipt.files();
    }

    public List<ReceiptViews.Carried> getCarried() {
        return receipt == null ? List.of() : receipt.carried();
    }
}
