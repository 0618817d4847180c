package org.jornada.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jornada.platform.control.TrustedProxies;

/**
 * Turns a request into the rate limits' client key. The network address is read here only to be
 * hashed under a salt that never leaves memory; it is never stored or logged. Behind a reverse
 * proxy listed in {@code JORNADA_TRUSTED_PROXIES}, the address the proxy forwards
 * ({@link TrustedProxies}).
 */
@ApplicationScoped
public class ClientKeys {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ClientKeys.class.getName());

    @Inject
    RateLimits limits;

    private TrustedProxies proxies = TrustedProxies.parse("");

    @PostConstruct
    void readProxies() {
        try {
            proxies = TrustedProxies.fromSettings();
        } catch (IllegalArgumentException e) {
            // a typo must not make every worker one client, nor stop the portal: said once, at start
            LOG.warning(e.getMessage() + "; no proxy is trusted");
        }
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        if (!proxies.isEmpty()) {
            remote = proxies.client(remote, java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
        }
        return limits.clientKey(remote);
    }
}
