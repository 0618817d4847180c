package org.jornada.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jornada.complaint.control.ComplaintDraft;
import org.jornada.complaint.control.ComplaintValidator;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.evidence.boundary.EvidenceUploads;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.RefusedException;
import org.jornada.platform.boundary.TooLargeException;

/**
 * {@code POST /api/v1/complaints} as {@code multipart/form-data} (issue #29): a {@code complaint}
 * part holding the same JSON as the plain call, whose {@code narrative} may be empty when a
 * {@code voice} part (a recording) is given: the voice note is then the case's story. The JSON
 * is read by the same strict reader, every problem of both parts named in one {@code 400}; the
 * recording is cleaned like every upload and filed with the case in one transaction.
 */
@ApplicationScoped
public class ToldComplaints {

    /** A recording of 10 MB and the form around it. */
    static final long MAX_REQUEST_BYTES = org.jornada.evidence.control.EvidenceLimits.MAX_BYTES + 512L * 1024L;

    @Inject
    ApiBodies bodies;

    @Inject
    EvidenceService evidence;

    @Inject
    Clock clock;

    /** What the two parts hold once read and checked. */
    public record Read(ComplaintValidator.Result complaint, CleanedEvidence voice) {
    }

    /**
     * Reads and checks both parts: {@link RefusedException} naming every broken field (the
     * complaint's own, {@code complaint} when the part is missing, {@code voice} for a file that is
     * not a recording we can clean), {@link TooLargeException} past the sizes.
     */
    public Read read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            throw new TooLargeException();
        }
        Part json;
        Part voicePart;
        try {
            json = request.getPart("complaint");
            voicePart = request.getPart("voice");
        } catch (IllegalStateException tooLarge) {
            throw new TooLargeException();
        } catch (ServletException malformed) {
            throw new RefusedException("body", "error.body.malformed");
        }
        var spoken = EvidenceUploads.readVoice(voicePart, "voice", evidence);
        if (json == null) {
            List<FieldError> errors = new ArrayList<>(List.of(new FieldError("complaint", "error.body.empty")));
            errors.addAll(spoken.errors());
            throw new RefusedException(errors);
        }
        ComplaintValidator.Result[] checked = new ComplaintValidator.Result[1];
        try (InputStream in = json.getInputStream()) {
            bodies.intake(in, ComplaintBody.class, body -> {
                ComplaintDraft draft = body.draft();
                draft.setVoiceStory(spoken.anySent());
                checked[0] = new ComplaintValidator(clock).validate(draft);
                List<FieldError> errors = new ArrayList<>(checked[0].errors());
                errors.addAll(spoken.errors());
                return errors;
            });
        }
        return new Read(checked[0], spoken.files().isEmpty() ? null : spoken.files().get(0));
    }
}
