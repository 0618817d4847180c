package org.jornada.rights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.complaint.boundary.ReportAttachment;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.control.RefusedException;
import org.jornada.rights.entity.WageCalculation;

/**
 * "Add this to my report" for a worker without a report yet: the wage check page sends its
 * inputs to the report form in the hidden field {@value #FIELD}; once the report is filed the
 * calculation is worked out again and kept on the new case.
 */
@ApplicationScoped
public class WageCheckOnReport implements ReportAttachment {

    static final String FIELD = "wageCheck";

    @Inject
    WageCalculations calculations;

    @Inject
    ApiBodies bodies;

    @Override
    public String field() {
        return FIELD;
    }

    @Override
    public boolean accepts(String value) {
        return question(value).isPresent();
    }

    @Override
    public String noticeKey() {
        return "wage.carried";
    }

    @Override
    public boolean attach(long caseId, String value) {
        Optional<WageCheckBody> question = question(value);
        question.ifPresent(q -> calculations.attach(caseId, q, WageCalculation.Via.REPORT_FORM));
        return question.isPresent();
    }

    /** The inputs, when the value is a question the wage check can answer. */
    Optional<WageCheckBody> question(String value) {
        if (value == null || value.length() > WageCalculations.MAX_BYTES) {
            return Optional.empty();
        }
        try {
            return Optional.of(bodies.intake(value, WageCheckBody.class));
        } catch (RefusedException notOne) {
            return Optional.empty();
        }
    }
}
