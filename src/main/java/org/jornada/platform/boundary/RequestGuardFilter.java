package org.jornada.platform.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.platform.control.SupportedLocales;

/**
 * Input that used to reach the frameworks and come back as a 500, stopped at the door with a
 * clear answer in the client's language (issue #8, "server errors on bad input"):
 * <ul>
 * <li>a malformed {@code Accept-Language} ({@code es-}, {@code *;q=2}, {@code ,,,}) is read as
 * Spanish, the default, instead of failing every JAX-RS call;</li>
 * <li>a body in a charset Java does not know: 415;</li>
 * <li>page forms: a multipart boundary over 70 characters (RFC 2046) or a broken, truncated or
 * non-multipart body where a page expects one: 400; over the form's size: 413; a forged or lost
 * view state: 400 with the "page expired" text.</li>
 * </ul>
 * The log line of a refused request names the kind of problem only, never a value the client
 * sent.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class RequestGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestGuardFilter.class.getName());

    /** RFC 9110 12.5.4 language ranges with optional weights, at most 256 characters. */
    private static final String RANGE = "(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)";
    private static final String WEIGHT = "(?:\\s*;\\s*[qQ]\\s*=\\s*(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?))?";
    private static final Pattern ACCEPT_LANGUAGE = Pattern.compile(
            "\\s*" + RANGE + WEIGHT + "(?:\\s*,\\s*" + RANGE + WEIGHT + ")*\\s*");
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=\"?([^\";]*)\"?");
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=\"?([^\";\\s]*)\"?");
    /** The page forms' limit (web.xml multipart-config of the Faces servlet). */
    static final long MAX_FORM_BYTES = 62_914_560L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest checked = withSaneLanguage(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        String type = request.getContentType();
        // the container may report its own default charset in getContentType(); Jersey reads the
        // header as sent, so every value sent is checked
        boolean unknownCharset = type != null && !knownCharset(type);
        for (String sent : Collections.list(request.getHeaders("Content-Type"))) {
            unknownCharset |= !knownCharset(sent);
        }
        if (unknownCharset) {
            refuse(checked, response, api, 415, "problem.unknownCharset");
            return;
        }
        boolean pageForm = !api && "POST".equalsIgnoreCase(request.getMethod());
        if (pageForm && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            Matcher boundary = BOUNDARY.matcher(type);
            if (!boundary.find() || boundary.group(1).isEmpty() || boundary.group(1).length() > 70) {
                refuse(checked, response, false, 400, "problem.badForm");
                return;
            }
            if (request.getContentLengthLong() > MAX_FORM_BYTES) {
                refuse(checked, response, false, 413, "problem.tooLarge");
                return;
            }
        }
        try {
            chain.doFilter(checked, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (org.jornada.platform.control.StorageFull.is(e) && !response.isCommitted()) {
                storageFull(checked, response, api);
                return;
            }
            if (org.jornada.platform.control.DatabaseDown.is(e) && !response.isCommitted()) {
                unavailable(checked, response, api);
                return;
            }
            if (!pageForm) {
                throw e;
            }
            int status = statusFor(e);
            if (status == 0 || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.INFO, "Refused a page form: {0} ({1})", new Object[] {status, e.getClass().getSimpleName()});
            response.resetBuffer();
            if (path.startsWith("/staff/") && isExpiredView(e)) {
                // a staff page after the session ended: the page that says so, as a 400
                SecurityHeadersFilter.apply(checked, response);
                response.setStatus(400);
                request.getRequestDispatcher("/errors/expired.html").forward(checked, response);
                return;
            }
            refuse(checked, response, false, status, status == 413 ? "problem.tooLarge" : "problem.badForm");
        }
    }

    /**
     * The database cannot be reached: 503 with {@code Retry-After}, a problem in the client's
     * language for the API, the bilingual "try again in a minute" page otherwise. Logged once per
     * request at WARNING, with the kind of failure only.
     */
    static void unavailable(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        LOG.warning("The database cannot be reached: answered 503");
        response.resetBuffer();
        response.setHeader("Retry-After", Integer.toString(org.jornada.platform.control.DatabaseDown.RETRY_AFTER_SECONDS));
        refuse(request, response, api, 503, "problem.unavailable");
    }

    /**
     * The database cannot keep what it was asked to write (full, read-only): 507 with
     * {@code Retry-After}, said in the client's language; the transaction was rolled back.
     */
    static void storageFull(HttpServletRequest request, HttpServletResponse response, boolean api) throws IOException {
        LOG.warning("The database storage is full or read-only: answered 507");
        response.resetBuffer();
        response.setHeader("Retry-After", Integer.toString(org.jornada.platform.control.StorageFull.RETRY_AFTER_SECONDS));
        refuse(request, response, api, org.jornada.platform.control.StorageFull.STATUS,
                org.jornada.platform.control.StorageFull.MESSAGE);
    }

    /** 400 or 413 for a form that could not be read as sent; 0 for a real server fault. */
    public static int statusFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage());
            if (t instanceof ViewExpiredException) {
                return 400;
            }
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
                    || message.contains("exceeds the configured maximum")) {
                return 413;
            }
            if (name.contains("fileupload") || name.contains("MalformedStream")
                    || message.contains("multipart") || message.contains("MultipartStream")) {
                return 400;
            }
        }
        return 0;
    }

    private static boolean isExpiredView(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException) {
                return true;
            }
        }
        return false;
    }

    private static boolean knownCharset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return true;
        }
        try {
            return Charset.isSupported(m.group(1));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
            String key) throws IOException {
        SecurityHeadersFilter.apply(request, response);
        Locale locale = Problems.locale(request);
        if (api) {
            Problems.write(response, status, locale, Problems.body(status, locale, key));
        } else {
            response.sendError(status);
        }
    }

    /** The request, or a view of it whose malformed {@code Accept-Language} reads as Spanish. */
    static HttpServletRequest withSaneLanguage(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || (header.length() <= 256 && ACCEPT_LANGUAGE.matcher(header).matches()
                && Collections.list(request.getHeaders("Accept-Language")).size() == 1)) {
            return request;
        }
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Accept-Language".equalsIgnoreCase(name) ? SupportedLocales.DEFAULT.getLanguage() : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Accept-Language".equalsIgnoreCase(name)
                        ? Collections.enumeration(java.util.List.of(SupportedLocales.DEFAULT.getLanguage()))
                        : super.getHeaders(name);
            }

            @Override
            public Locale getLocale() {
                return SupportedLocales.DEFAULT;
            }

            @Override
            public Enumeration<Locale> getLocales() {
                return Collections.enumeration(java.util.List.of(SupportedLocales.DEFAULT));
            }
        };
    }
}
