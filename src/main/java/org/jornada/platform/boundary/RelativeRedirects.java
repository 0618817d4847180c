package org.jornada.platform.boundary;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.jornada.platform.control.Settings;

/**
 * Redirects that never repeat the {@code Host} header a client sent. The container turns a
 * relative {@code sendRedirect} into an absolute address built from {@code Host}, so a forged
 * header would send a worker elsewhere (or poison a cache). Here the {@code Location} is the path
 * itself (relative references are allowed, RFC 9110 10.2.2), or the path under
 * {@code JORNADA_PUBLIC_URL} when that is configured.
 */
public class RelativeRedirects extends HttpServletResponseWrapper {

    public RelativeRedirects(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        redirect((HttpServletResponse) getResponse(), location);
    }

    /** A 302 to {@code location}, a path on this site; anything else goes to the home page. */
    public static void redirect(HttpServletResponse response, String location) throws IOException {
        if (response.isCommitted()) {
            throw new IllegalStateException("response already committed");
        }
        String path = location != null && location.startsWith("/") && !location.startsWith("//")
                && location.chars().noneMatch(c -> c < 0x20 || c == 0x7f) ? location : "/";
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", publicUrl().map(base -> base + path).orElse(path));
        response.flushBuffer();
    }

    /** {@code JORNADA_PUBLIC_URL} without its trailing slash, when set to an http(s) address. */
    public static Optional<String> publicUrl() {
        return Settings.get("JORNADA_PUBLIC_URL").filter(u -> u.matches("https?://[A-Za-z0-9.:\\[\\]-]+(/[A-Za-z0-9._~/-]*)?"))
                .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    }
}
