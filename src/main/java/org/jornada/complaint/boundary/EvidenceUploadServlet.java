package org.jornada.complaint.boundary;

import org.jornada.platform.control.CachedJsonProvider;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.platform.control.FieldError;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceLimits;
import org.jornada.evidence.control.UnsupportedEvidenceException;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SafeLog;

/**
 * {@code POST /api/v1/followup/evidence}: multipart with {@code receipt} and {@code file}; adds
 * one evidence file to the case. Answers 201 {sha256, contentType, metadataRemoved}; 415 for a
 * type Jornada does not take, 413 over 10 MB, 404 (generic) for a wrong receipt, 429 when
 * limited. A plain servlet, so the multipart limits and messages stay in our hands.
 */
@WebServlet(urlPatterns = "/api/v1/followup/evidence")
@MultipartConfig(maxFileSize = -1L, maxRequestSize = EvidenceUploadServlet.MAX_REQUEST_BYTES,
        fileSizeThreshold = 1024 * 1024)
public class EvidenceUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** One file of 10 MB and the form around it. */
    static final long MAX_REQUEST_BYTES = EvidenceLimits.MAX_BYTES + 1024L * 1024L;
    private static final Logger LOG = Logger.getLogger(EvidenceUploadServlet.class.getName());

    @Inject
    FollowUpAccess access;

    @Inject
    EvidenceService evidence;

    @Inject
    ClientKeys clientKeys;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Problems.locale(request);
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            Problems.write(response, 415, locale, Problems.body(415, locale, "evidence.notMultipart"));
            return;
        }
        if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            Problems.write(response, 413, locale, Problems.body(413, locale, "evidence.tooLarge", 10));
            return;
        }
        try {
            upload(request, response, locale);
        } catch (UnsupportedEvidenceException e) {
            Problems.write(response, 415, locale, Problems.body(415, locale, "evidence.unsupported"));
        } catch (IllegalStateException e) {
            // the container refused a request over maxRequestSize
            Problems.write(response, 413, locale, Problems.body(413, locale, "evidence.tooLarge", 10));
        } catch (ServletException | IOException e) {
            // a body without a length that grows past the limit fails while it is parsed
            boolean tooLarge = org.jornada.platform.boundary.RequestGuardFilter.statusFor(e) == 413;
            Problems.write(response, tooLarge ? 413 : 400, locale, tooLarge
                    ? Problems.body(413, locale, "evidence.tooLarge", 10)
                    : Problems.body(400, locale, "evidence.badUpload"));
        } catch (RuntimeException e) {
            failed(e, response, locale);
        }
    }

    /** The upload past the request's checks: the receipt opens the case, the file is cleaned and stored. */
    private void upload(HttpServletRequest request, HttpServletResponse response, Locale locale)
            throws ServletException, IOException, UnsupportedEvidenceException {
        Part receiptPart = request.getPart("receipt");
        Part filePart = request.getPart("file");
        if (receiptPart == null) {
            Problems.write(response, 400, locale,
                    Problems.fieldBody(locale, List.of(new FieldError("receipt", "error.field.required"))));
            return;
        }
        String receipt = new String(receiptPart.getInputStream().readNBytes(200), StandardCharsets.UTF_8);
        var attempt = access.open(clientKeys.of(request), receipt);
        if (!attempt.found()) {
            if (attempt.limited()) {
                response.setHeader("Retry-After", Long.toString(attempt.retryAfter().toSeconds()));
            }
            Problems.write(response, attempt.failureStatus(), locale, attempt.failure(locale));
            return;
        }
        if (filePart == null || filePart.getSize() == 0) {
            Problems.write(response, 400, locale,
                    Problems.fieldBody(locale, List.of(new FieldError("file", "error.file.required"))));
            return;
        }
        Optional<byte[]> bytes;
        try (InputStream in = filePart.getInputStream()) {
            bytes = EvidenceLimits.readAtMostMax(in);
        }
        if (bytes.isEmpty()) {
            Problems.write(response, 413, locale, Problems.body(413, locale, "evidence.tooLarge", 10));
            return;
        }
        CleanedEvidence cleaned = evidence.clean(bytes.get());
        Optional<EvidenceStore.Stored> stored = evidence.addToCase(attempt.complaint().getId(), cleaned);
        if (stored.isEmpty()) {
            Problems.write(response, 409, locale,
                    Problems.body(409, locale, "evidence.caseFull", EvidenceLimits.MAX_FILES_PER_CASE));
            return;
        }
        response.setStatus(201);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(CachedJsonProvider.PROVIDER.createObjectBuilder()
                .add("sha256", stored.get().sha256())
                .add("contentType", stored.get().contentType())
                .add("metadataRemoved", stored.get().metadataRemoved())
                .build().toString());
    }

    /** A failure the worker cannot fix: storage full (507) or database down (503), else 500, logged. */
    private static void failed(RuntimeException e, HttpServletResponse response, Locale locale) throws IOException {
        if (org.jornada.platform.control.StorageFull.is(e)) {
            // the file's transaction was rolled back: nothing of it is stored
            LOG.warning("The database storage is full or read-only: an evidence upload was answered 507");
            response.setHeader("Retry-After", Integer.toString(org.jornada.platform.control.StorageFull.RETRY_AFTER_SECONDS));
            Problems.write(response, org.jornada.platform.control.StorageFull.STATUS, locale, Problems.body(
                    org.jornada.platform.control.StorageFull.STATUS, locale, org.jornada.platform.control.StorageFull.MESSAGE));
            return;
        }
        if (org.jornada.platform.control.DatabaseDown.is(e)) {
            LOG.warning("The database cannot be reached: an evidence upload was answered 503");
            response.setHeader("Retry-After", Integer.toString(org.jornada.platform.control.DatabaseDown.RETRY_AFTER_SECONDS));
            Problems.write(response, 503, locale, Problems.body(503, locale, "problem.unavailable"));
            return;
        }
        LOG.log(Level.SEVERE, "Evidence upload failed: {0}", SafeLog.describe(e));
        Problems.write(response, 500, locale, Problems.body(500, locale, "problem.serverError"));
    }
}
