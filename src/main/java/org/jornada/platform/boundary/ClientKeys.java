package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Turns a request into the rate limits' client key. The network address is read here only to be
 * hashed under a salt that never leaves memory; it is never stored or logged.
 */
@ApplicationScoped
public class ClientKeys {

    @Inject
    RateLimits limits;

    public String of(HttpServletRequest request) {
        return limits.clientKey(request.getRemoteAddr());
    }
}
