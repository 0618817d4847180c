package org.jornada.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.EnumSet;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.VisaType;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.evidence.control.UnsupportedEvidenceException;

/**
 * Test deployments only: files a report told by voice ({@code ComplaintIntake.fileTold}, issue
 * #29) for {@code employer}, with the request's body (an audio file) as its story, no written
 * words, and a voice message on its thread (the same file) when {@code message=true}; answers
 * "id receipt". The web form's and the API's voice paths are tested where they live; this lets the
 * staff side's tests stand on a voice story whatever the branch has of them.
 */
@WebServlet("/test-support/voice-story")
public class TestVoiceStoryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplaintIntake intake;

    @Inject
    transient MessageThread thread;

    @Inject
    transient EvidenceStore evidence;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] audio = request.getInputStream().readAllBytes();
        try {
            ValidComplaint valid = new ValidComplaint(new ComplaintFacts("es", VisaType.H2A,
                    EnumSet.of(Category.UNPAID_HOURS), request.getParameter("employer"), null, "GA",
                    YearMonth.of(2026, 5), null, false), "", ContactChannel.NONE, null, false);
            var filed = intake.fileTold(valid, evidence.clean(audio), null);
            long id = intake.findByReceipt(filed.receipt()).orElseThrow().getId();
            if ("true".equals(request.getParameter("message"))) {
                thread.postVoice(id, evidence.clean(audio), "Mensaje de voz (escúchelo en el caso)");
            }
            response.setStatus(201);
            response.getWriter().write(id + " " + filed.receipt().digits());
        } catch (UnsupportedEvidenceException e) {
            response.sendError(400);
        }
    }
}
