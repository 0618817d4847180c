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
import org.jornada.platform.control.ByteRange;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Case addresses for staff (the container has already checked the role): {@code /staff/cases/42}
 * shows the case page, {@code /staff/cases/42/evidence/7} downloads a piece of evidence as an
 * attachment (audited), {@code ?play=1} plays a recording in the page's {@code <audio>} (HTTP
 * range requests, issue #29). A case that does not exist or is not yours is a 404.
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
            download(Long.parseLong(evidence.group(1)), Long.parseLong(evidence.group(2)), request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Answers a file of the case: the whole of it (200), or the one byte range asked for (206 with
     * {@code Content-Range}; 416 when no byte of the file is in it), from the decrypted bytes held
     * in memory only (no temporary file). {@code ?play=1} answers an audio file inline for the
     * page's player, anything else is an attachment. One audit entry per listening or download:
     * the request without a range or whose range starts at byte 0 (how a player begins); the later
     * chunks and seeks of the same listening are not entered again.
     */
    private void download(long caseId, long evidenceId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<StaffPrincipal> who = current.find().filter(StaffPrincipal::worksCases);
        Optional<Complaint> complaint = who.flatMap(w -> work.visible(w, caseId));
        Optional<Evidence> found = complaint.flatMap(c -> work.evidence(c, evidenceId));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Evidence file = found.get();
        boolean play = "1".equals(request.getParameter("play")) && file.isAudio();
        Optional<ByteRange> range;
        try {
            range = ByteRange.of(request.getHeader("Range"), file.getSizeBytes());
        } catch (ByteRange.Unsatisfiable e) {
            response.setHeader("Content-Range", "bytes */" + file.getSizeBytes());
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        boolean begins = range.map(ByteRange::fromStart).orElse(true);
        byte[] bytes = work.download(who.get(), file, play, begins);
        response.setContentType(file.getContentType());
        response.setHeader("Content-Disposition", (play ? "inline" : "attachment") + "; filename=\"evidence-"
                + evidenceId + StaffCasesResource.extension(file) + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Accept-Ranges", "bytes");
        if (range.isEmpty()) {
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            return;
        }
        ByteRange r = range.get();
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", r.contentRange());
        response.setContentLength(r.length());
        response.getOutputStream().write(bytes, (int) r.first(), r.length());
    }
}
