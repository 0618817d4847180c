package org.jornada.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jornada.platform.boundary.RateLimits;
import org.jornada.platform.control.Limit;
import org.jornada.platform.control.PerThreadRandom;

/**
 * Keeps a flood of complaints from one client from burying real cases, without locking out a
 * worker who shares that client's address. The first {@link Limit#COMPLAINT_BURST} complaints go
 * to the triage queue as usual; the ones after them in the same burst are stored (with a receipt,
 * open to follow-up and uploads) but held apart under one random burst id for a supervisor, and
 * never ranked, urgent or not, among the others. Only past {@link Limit#COMPLAINT_CEILING} is a
 * client asked to wait (429, what was typed is kept).
 */
@ApplicationScoped
public class FloodGuard {

    private static final int MAX_TRACKED = 100_000;

    @Inject
    RateLimits limits;

    /** The burst each flooding client is in: a random id, so nothing stored is tied to an address. */
    private final Map<String, Burst> bursts = new ConcurrentHashMap<>();

    private record Burst(String id, long lastNanos) {
    }

    /** Whether a complaint may be filed now, and whether it is held apart. */
    public record Admission(Duration retryAfter, String heldBurst) {
        public boolean refused() {
            return !retryAfter.isZero();
        }
    }

    public Admission admit(String clientKey) {
        Duration ceiling = limits.take(Limit.COMPLAINT_CEILING, clientKey);
        if (!ceiling.isZero()) {
            return new Admission(ceiling, null);
        }
        if (limits.take(Limit.COMPLAINT_BURST, clientKey).isZero()) {
            return new Admission(Duration.ZERO, null);
        }
        long now = System.nanoTime();
        long quiet = limits.rule(Limit.COMPLAINT_BURST).period().toNanos();
        if (bursts.size() > MAX_TRACKED) {
            bursts.values().removeIf(b -> now - b.lastNanos() > quiet);
        }
        Burst burst = bursts.compute(clientKey, (k, old) -> old == null || now - old.lastNanos() > quiet
                ? new Burst(newId(), now) : new Burst(old.id(), now));
        return new Admission(Duration.ZERO, burst.id());
    }

    private static String newId() {
        byte[] bytes = new byte[8];
        PerThreadRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
