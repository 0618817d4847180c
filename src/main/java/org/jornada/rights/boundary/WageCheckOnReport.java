package org.jornada.rights.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import org.jornada.complaint.boundary.JsonBodies;
import org.jornada.complaint.boundary.ReportAttachment;
import org.jornada.platform.control.Jsons;
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
        Optional<JsonObject> question = question(value);
        if (question.isEmpty()) {
            return false;
        }
        try {
            calculations.attach(caseId, question.get(), WageCalculation.Via.REPORT_FORM);
            return true;
        } catch (JsonBodies.BadRequest notAQuestion) {
            return false;
        }
    }

    /** The inputs, when the value is a question the wage check can answer. */
    static Optional<JsonObject> question(String value) {
        if (value == null || value.length() > WageCalculations.MAX_BYTES
                || !org.jornada.platform.control.JsonDepth.within(value, org.jornada.platform.control.JsonDepth.MAX)) {
            return Optional.empty();
        }
        try (var reader = Jsons.PROVIDER.createReader(new StringReader(value))) {
            JsonObject json = reader.readObject();
            WageCheckJson.question(json);
            return Optional.of(json);
        } catch (JsonException | IllegalStateException | JsonBodies.BadRequest notOne) {
            return Optional.empty();
        }
    }
}
