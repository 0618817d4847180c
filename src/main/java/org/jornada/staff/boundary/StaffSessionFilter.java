package org.jornada.staff.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A staff session whose account was disabled (or removed) since sign-in ends at its next
 * request: signed out and sent to the sign-in page.
 */
@WebFilter(urlPatterns = {"/staff/*", "/union/*"})
public class StaffSessionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && current.find().isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            org.jornada.platform.boundary.SecurityHeadersFilter.apply(request, response);
            org.jornada.platform.boundary.RelativeRedirects.redirect(response, request.getContextPath() + "/staff/sign-in");
            return;
        }
        chain.doFilter(request, response);
    }
}
