package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jornada.platform.control.AttemptLimiter;

/**
 * Turns a request into the rate limiter's in-memory client key. The network address is read here
 * only to be hashed under a salt that never leaves memory; it is never stored or logged.
 */
@ApplicationScoped
public class ClientKeys {

    @Inject
    AttemptLimiter limiter;

    public String of(HttpServletRequest request) {
        return limiter.clientKey(request.getRemoteAddr());
    }
}
