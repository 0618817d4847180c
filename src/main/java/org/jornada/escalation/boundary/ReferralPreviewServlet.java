package org.jornada.escalation.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.control.StaffPrincipal;

/**
 * {@code /staff/referrals/preview?case=42&authority=7}: the case page's "preview packet" link,
 * for a signed-in advocate or supervisor (the container has checked the role): the anonymous
 * packet shown in the browser, audited. Ids only in the address, nothing about the worker.
 */
@WebServlet("/staff/referrals/preview")
public class ReferralPreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferralPackets packets;

    @Inject
    transient CurrentStaff current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StaffPrincipal> who = current.find().filter(StaffPrincipal::worksCases);
        String caseId = request.getParameter("case");
        String authorityId = request.getParameter("authority");
        if (who.isEmpty() || caseId == null || authorityId == null || !caseId.matches("\\d{1,18}")
                || !authorityId.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<byte[]> pdf = packets.preview(who.get(), Long.parseLong(caseId), Long.parseLong(authorityId));
        if (pdf.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"referral-" + caseId + "-" + authorityId + ".pdf\"");
        response.setContentLength(pdf.get().length);
        response.getOutputStream().write(pdf.get());
    }
}
