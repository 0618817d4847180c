package org.jornada.directory.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code /employers/42}, {@code /recruiters/7}, {@code /agents/3}: the public profile page. */
@WebFilter(urlPatterns = {"/employers/*", "/recruiters/*", "/agents/*"})
public class ProfileAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern PROFILE = Pattern.compile("/(employers|recruiters|agents)/(\\d{1,18})/?");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher m = PROFILE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String lang = request.getParameter("lang");
        request.getRequestDispatcher("/profile.xhtml?kind=" + m.group(1) + "&id=" + m.group(2)
                + ("en".equals(lang) ? "&lang=en" : "")).forward(request, response);
    }
}
