package org.jornada.rights.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The case page's wage checks: each calculation the worker attached, as the lines the referral
 * packet carries, with the inputs it was worked from.
 */
@Named("caseWageChecks")
@RequestScoped
public class CaseWageChecksSection {

    @Inject
    WageCalculations calculations;

    private List<Row> rows;

    /** One attached calculation as the page shows it. */
    public record Row(long id, Instant attachedAt, String via, List<String> lines, List<String> inputs) {
    }

    public List<Row> of(long caseId) {
        if (rows == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            rows = calculations.of(caseId).stream().map(k -> new Row(k.id(), k.attachedAt(), k.via().name(),
                    WageCalculationText.lines(k, locale), WageCalculationText.inputs(k))).toList();
        }
        return rows;
    }
}
