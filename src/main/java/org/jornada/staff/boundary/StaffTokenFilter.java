package org.jornada.staff.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import org.jornada.platform.boundary.Problems;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Authenticates every {@code /api/v1/staff/...} and {@code /api/v1/patterns/...} call by its bearer
 * token. HTTP Basic is refused. No token, an unknown or revoked one, or a disabled account: 401.
 * A UNION account: 403 on every staff call (no case, narrative, contact or evidence ever); the
 * pattern calls are for UNION, ADVOCATE and SUPERVISOR (ADMIN: 403).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class StaffTokenFilter implements ContainerRequestFilter {

    @Inject
    StaffAccounts directory;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        boolean patterns = path.startsWith("patterns");
        if (!path.startsWith("staff") && !patterns) {
            return;
        }
        Locale locale = SupportedLocales.preferred(request.getAcceptableLanguages());
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String key = header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
                    ? "staff.basicRefused" : "staff.unauthenticated";
            request.abortWith(unauthorized(locale, key));
            return;
        }
        Optional<StaffPrincipal> principal = directory.authenticate(header.substring(7).trim());
        if (principal.isEmpty()) {
            audit.record(null, AuditTrail.TOKEN_REFUSED, null, "unknown, revoked or disabled token");
            request.abortWith(unauthorized(locale, "staff.unauthenticated"));
            return;
        }
        Role role = principal.get().role();
        if (patterns ? role == Role.ADMIN : role == Role.UNION) {
            audit.record(principal.get(), AuditTrail.ACCESS_DENIED, null, request.getUriInfo().getPath());
            request.abortWith(Problems.response(403, locale, "staff.forbidden"));
            return;
        }
        current.set(principal.get());
    }

    private static Response unauthorized(Locale locale, String key) {
        return Response.fromResponse(Problems.response(401, locale, key))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"jornada\"").build();
    }
}
