package org.jornada.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response: a CSP without inline script (media also from the page's own
 * recordings, {@code blob:}), no sniffing, no referrer, no geolocation or camera, the microphone
 * only on the two pages where a worker records a voice note (for the site itself), no framing. Everything but the static stylesheet and script is
 * {@code Cache-Control: no-store}, so a shared phone's browser keeps no copy of a worker page.
 * Error pages, redirects and downloads get the same headers; redirects never name the host the
 * client sent ({@link RelativeRedirects}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST,
    DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "media-src 'self' blob:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    static final String STAFF_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new RelativeRedirects(response));
    }

    /**
     * Sets the headers on {@code response}. Called by this filter on every dispatch (errors
     * included) and by the code that answers before any filter runs: the staff sign-in module's
     * redirect, the request guard, the staff evidence download.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/staff/") || path.startsWith("/union/")) {
            // PrimeFaces writes inline scripts and handlers: staff pages, and the pattern pages under
            // /union/ made with the same template, allow inline script (and only there; without it
            // the trends chart never drew, issue #24). Faces escapes every value it writes, worker
            // text included.
            response.setHeader("Content-Security-Policy", STAFF_CSP);
        } else {
            response.setHeader("Content-Security-Policy", CSP);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        // the old browsers' XSS auditor is off (it could be abused to blank parts of a page); the CSP does the work
        response.setHeader("X-XSS-Protection", "0");
        response.setHeader("Referrer-Policy", "no-referrer");
        // the microphone only where a worker records their story or a voice message (issue #29), for this site alone
        boolean records = path.equals("/report") || path.equals("/report.xhtml") || path.equals("/follow-up")
                || path.equals("/follow-up.xhtml");
        response.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=" + (records ? "(self)" : "()")
                + ", interest-cohort=()");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        boolean error = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE) != null;
        if (!error && (path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/jakarta.faces.resource/"))) {
            response.setHeader("Cache-Control", "public, max-age=86400");
        } else {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
    }
}
