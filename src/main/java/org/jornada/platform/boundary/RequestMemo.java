package org.jornada.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a page reads once per request (the case, its notes, its referrals), kept for that request
 * only. A view-scoped bean that kept such lists in its own fields would hold them as long as the
 * view lives in the session (Mojarra keeps up to 25 views a session), and a busy case's lists in
 * every one of them: the heap ran out after 46 posts (issue #23). Keys name their owner.
 */
@RequestScoped
public class RequestMemo {

    private final Map<String, Object> values = new HashMap<>();

    /** The value read for this request, reading it now if it was not yet. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> read) {
        Object value = values.get(key);
        if (value == null) {
            value = read.get();
            values.put(key, value);
        }
        return (T) value;
    }

    public void put(String key, Object value) {
        values.put(key, value);
    }

    /** Forgets a value, so that the next read is fresh (after a change within the same request). */
    public void forget(String key) {
        values.remove(key);
    }
}
