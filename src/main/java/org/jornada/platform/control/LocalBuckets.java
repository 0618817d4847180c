package org.jornada.platform.control;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bucket4j buckets in this process's memory, for a node without a cluster JCache: one bucket per
 * limit and key, forgotten once it has been unused for its limit's whole period (by then it would
 * be full again, so forgetting it changes nothing).
 */
public class LocalBuckets {

    private static final int MAX_BUCKETS = 500_000;

    private final Map<Limit, BucketConfiguration> configurations;
    private final Map<Limit, Limit.Rule> rules;
    private final TimeMeter time;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    private static final class Entry {
        final Bucket bucket;
        volatile long lastUsedNanos;

        Entry(Bucket bucket, long now) {
            this.bucket = bucket;
            this.lastUsedNanos = now;
        }
    }

    public LocalBuckets(Map<Limit, BucketConfiguration> configurations, Map<Limit, Limit.Rule> rules, TimeMeter time) {
        this.configurations = configurations;
        this.rules = rules;
        this.time = time;
    }

    public Bucket bucket(Limit limit, String key) {
        long now = time.currentTimeNanos();
        if (buckets.size() > MAX_BUCKETS) {
            buckets.entrySet().removeIf(e -> now - e.getValue().lastUsedNanos
                    > rules.get(Limit.valueOf(e.getKey().substring(0, e.getKey().indexOf(':')))).period().toNanos());
        }
        Entry entry = buckets.computeIfAbsent(limit.name() + ":" + key, k -> new Entry(Bucket.builder()
                .withCustomTimePrecision(time).addLimit(configurations.get(limit).getBandwidths()[0]).build(), now));
        entry.lastUsedNanos = now;
        return entry.bucket;
    }

    public int size() {
        return buckets.size();
    }
}
