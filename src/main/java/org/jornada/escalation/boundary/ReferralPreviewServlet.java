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
 * The staff pages' downloads, for a signed-in advocate or supervisor (the container has checked
 * the role), each audited: {@code /staff/referrals/preview?case=42&authority=7} the anonymous
 * packet before a referral exists; {@code /staff/referrals/packet?referral=12} a referral's packet
 * (the approved one once approved); {@code /staff/referrals/evidence?referral=12} its evidence ZIP.
 * Ids only in the address, nothing about the worker.
 */
@WebServlet({"/staff/referrals/preview", "/staff/referrals/packet", "/staff/referrals/evidence"})
public class ReferralPreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReferralPackets packets;

    @Inject
    transient CurrentStaff current;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<StaffPrincipal> who = current.find().filter(StaffPrincipal::worksCases);
        if (who.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        switch (request.getServletPath()) {
            case "/staff/referrals/packet" -> id(request, "referral").flatMap(id -> packets.of(who.get(), id))
                    .ifPresentOrElse(pdf -> write(response, pdf, "application/pdf", "inline",
                            "referral-" + request.getParameter("referral") + ".pdf"), () -> notFound(response));
            case "/staff/referrals/evidence" -> id(request, "referral").flatMap(id -> packets.evidenceOf(who.get(), id))
                    .ifPresentOrElse(zip -> write(response, zip, "application/zip", "attachment",
                            "referral-" + request.getParameter("referral") + "-evidence.zip"), () -> notFound(response));
            default -> {
                Optional<Long> caseId = id(request, "case");
                Optional<Long> authorityId = id(request, "authority");
                caseId.flatMap(c -> authorityId.flatMap(a -> packets.preview(who.get(), c, a)))
                        .ifPresentOrElse(pdf -> write(response, pdf, "application/pdf", "inline", "referral-"
                                + caseId.get() + "-" + authorityId.get() + ".pdf"), () -> notFound(response));
            }
        }
    }

    private static Optional<Long> id(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value != null && value.matches("\\d{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    private static void write(HttpServletResponse response, byte[] content, String type, String disposition,
            String fileName) {
        try {
            response.setContentType(type);
            response.setHeader("Content-Disposition", disposition + "; filename=\"" + fileName + "\"");
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void notFound(HttpServletResponse response) {
        try {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
