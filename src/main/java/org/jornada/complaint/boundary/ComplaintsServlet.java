package org.jornada.complaint.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.complaint.control.ComplaintValidator;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.boundary.TooLargeException;
import org.jornada.platform.control.RefusedException;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.DatabaseDown;
import org.jornada.platform.control.StorageFull;
import org.jornada.platform.control.SafeLog;

/**
 * {@code POST /api/v1/complaints}: files an anonymous complaint and answers
 * {@code 201 {"receipt","urgent"}}. A plain servlet rather than a JAX-RS resource because this
 * is the one address that must take thousands of requests a second (docs/performance.md): the
 * servlet path costs a fraction of Jersey's on these cores. The contract is the same: problem+json
 * in the language of {@code Accept-Language}, 400 naming the field, 413 over 256 KB, 415 for a
 * body that is not JSON, 405 for another method; and 503 with {@code Retry-After} when the
 * writer's queue is full (nothing stored); 429 with {@code Retry-After} past the per-client ceiling
 * ({@link FloodGuard}: a burst from one client is stored but held apart from the queue). The OpenAPI text is in {@code META-INF/openapi.yaml}.
 */
@WebServlet(urlPatterns = "/api/v1/complaints")
@jakarta.servlet.annotation.MultipartConfig(maxFileSize = -1L, maxRequestSize = ToldComplaints.MAX_REQUEST_BYTES,
        fileSizeThreshold = 1024 * 1024)
public class ComplaintsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ComplaintsServlet.class.getName());
    /** How long a request waits for its batch to commit before it gives up (503). */
    private static final long COMMIT_WAIT_SECONDS = 30;

    @Inject
    transient ComplaintWriter writer;

    @Inject
    transient Clock clock;

    @Inject
    transient FloodGuard flood;

    @Inject
    transient org.jornada.platform.boundary.ClientKeys clientKeys;

    @Inject
    transient ApiBodies bodies;

    @Inject
    transient ToldComplaints told;

    @Inject
    transient ComplaintIntake intake;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Problems.locale(request);
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
        if (!multipart && (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json"))) {
            Problems.write(response, 415, locale, Problems.body(415, locale, "problem.complaintMediaType"));
            return;
        }
        if (!multipart && request.getContentLengthLong() > ApiBodies.MAX_BYTES) {
            Problems.write(response, 413, locale, Problems.body(413, locale, "error.body.tooLarge"));
            return;
        }
        try {
            // the body's shape and the report form's rules, every broken field in one answer
            ToldComplaints.Read read = multipart ? told.read(request) : null;
            var result = multipart ? read.complaint() : readJson(request);
            FloodGuard.Admission admission = flood.admit(clientKeys.of(request));
            if (admission.refused()) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, admission.retryAfter().toSeconds())));
                Problems.write(response, 429, locale, Problems.body(429, locale, "complaint.tooMany",
                        Math.max(1, (admission.retryAfter().toSeconds() + 59) / 60)));
                return;
            }
            var filed = multipart
                    ? intake.fileTold(result.complaint(), read.voice(), admission.heldBurst())
                    : writer.file(result.complaint(), admission.heldBurst()).get(COMMIT_WAIT_SECONDS, TimeUnit.SECONDS);
            response.setStatus(201);
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(CachedJsonProvider.PROVIDER.createObjectBuilder()
                    .add("receipt", filed.receipt().digits())
                    .add("urgent", filed.urgent())
                    .build().toString());
        } catch (RefusedException refused) {
            Problems.write(response, 400, locale, Problems.fieldBody(locale, refused.errors()));
        } catch (TooLargeException tooLarge) {
            Problems.write(response, 413, locale, Problems.body(413, locale, "error.body.tooLarge"));
        } catch (ExecutionException | TimeoutException e) {
            notFiled(e instanceof ExecutionException ? e.getCause() : e, response, locale);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Problems.write(response, 503, locale, Problems.body(503, locale, "problem.busy"));
        } catch (RuntimeException e) {
            if (StorageFull.is(e)) {
                refuseStorageFull(response, locale);
                return;
            }
            if (DatabaseDown.is(e)) {
                response.setHeader("Retry-After", Integer.toString(DatabaseDown.RETRY_AFTER_SECONDS));
                Problems.write(response, 503, locale, Problems.body(503, locale, "problem.unavailable"));
                return;
            }
            LOG.log(Level.SEVERE, "Filing a complaint failed: {0}", SafeLog.describe(e));
            Problems.write(response, 500, locale, Problems.body(500, locale, "problem.serverError"));
        }
    }

    /** The JSON body read strictly and checked by the report form's rules (a {@code RefusedException} names every problem). */
    private ComplaintValidator.Result readJson(HttpServletRequest request) throws IOException {
        ComplaintValidator.Result[] checked = new ComplaintValidator.Result[1];
        bodies.intake(request.getInputStream(), ComplaintBody.class, body -> {
            checked[0] = new ComplaintValidator(clock).validate(body.draft());
            return checked[0].errors();
        });
        return checked[0];
    }

    /** The writer did not file it in time, or failed: storage full (507), database down or busy (503). */
    private static void notFiled(Throwable cause, HttpServletResponse response, Locale locale) throws IOException {
        if (StorageFull.is(cause)) {
            refuseStorageFull(response, locale);
            return;
        }
        if (DatabaseDown.is(cause)) {
            // nothing was stored (the writer checks a commit whose answer was lost): say so, and when to try again
            LOG.warning("The database cannot be reached: a complaint was answered 503");
            response.setHeader("Retry-After", Integer.toString(DatabaseDown.RETRY_AFTER_SECONDS));
            Problems.write(response, 503, locale, Problems.body(503, locale, "problem.unavailable"));
            return;
        }
        if (!(cause instanceof ComplaintWriter.BusyException)) {
            LOG.log(Level.SEVERE, "Filing a complaint failed: {0}", SafeLog.describe(cause));
        }
        response.setHeader("Retry-After", "5");
        Problems.write(response, 503, locale, Problems.body(503, locale, "problem.busy"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notAllowed(request, response);
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notAllowed(request, response);
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        notAllowed(request, response);
    }

    private static void notAllowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Problems.locale(request);
        response.setHeader("Allow", "POST");
        Problems.write(response, 405, locale, Problems.body(405, locale, "problem.methodNotAllowed"));
    }

    /** The database cannot keep the complaint (full, read-only): nothing was stored; 507 and when to try again. */
    private static void refuseStorageFull(HttpServletResponse response, java.util.Locale locale) throws IOException {
        LOG.warning("The database storage is full or read-only: a complaint was answered 507");
        response.setHeader("Retry-After", Integer.toString(StorageFull.RETRY_AFTER_SECONDS));
        Problems.write(response, StorageFull.STATUS, locale, Problems.body(StorageFull.STATUS, locale, StorageFull.MESSAGE));
    }
}
