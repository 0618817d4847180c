package org.jornada.casework.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.complaint.entity.Complaint;
import org.jornada.evidence.entity.Evidence;
import org.jornada.platform.boundary.SecurityHeadersFilter;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Case addresses for staff (the container has already checked the role): {@code /staff/cases/42}
 * shows the case page, {@code /staff/cases/42/evidence/7} downloads a piece of evidence as an
 * attachment (audited). A case that does not exist or is not yours is a 404.
 */
@WebFilter(urlPatterns = "/staff/cases/*")
public class CaseAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern CASE = Pattern.compile("/staff/cases/(\\d{1,18})/?");
    private static final Pattern EVIDENCE = Pattern.compile("/staff/cases/(\\d{1,18})/evidence/(\\d{1,18})");

    @Inject
    CaseHandling work;

    @Inject
    CurrentStaff current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher page = CASE.matcher(path);
        if (page.matches()) {
            request.getRequestDispatcher("/staff/cases/view.xhtml?id=" + page.group(1)).forward(request, response);
            return;
        }
        Matcher evidence = EVIDENCE.matcher(path);
        if (evidence.matches() && "GET".equals(request.getMethod())) {
            SecurityHeadersFilter.apply(request, response);
            download(Long.parseLong(evidence.group(1)), Long.parseLong(evidence.group(2)), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void download(long caseId, long evidenceId, HttpServletResponse response) throws IOException {
        Optional<StaffPrincipal> who = current.find().filter(StaffPrincipal::worksCases);
        Optional<Complaint> complaint = who.flatMap(w -> work.visible(w, caseId));
        Optional<Evidence> found = complaint.flatMap(c -> work.evidence(c, evidenceId));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = work.download(who.get(), found.get());
        response.setContentType(found.get().getContentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"evidence-" + evidenceId
                + StaffCasesResource.extension(found.get()) + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
