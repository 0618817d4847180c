package org.jornada.platform.boundary;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.jcache.Bucket4jJCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.AccessedExpiryPolicy;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jornada.platform.control.Settings;
import org.jornada.platform.control.Limit;
import org.jornada.platform.control.LocalBuckets;

/**
 * Every rate limit of the portal, as Bucket4j token buckets (rules in {@link Limit}).
 * <p>
 * Where the buckets live: in the JCache of Payara's Hazelcast when there is one (a cluster:
 * {@code JORNADA_CLUSTER=true}), so every node counts the same client and a node's restart
 * forgets nothing; otherwise in this process's memory. Either way in memory only, never on disk:
 * a bucket's key is an HMAC of the client's address under a random salt, and a salted hash of an
 * IPv4 address written to disk next to its salt would be the address. The salt lives in the same
 * JCache (shared by the nodes, made by the first one) or in memory; buckets expire after a day
 * unused.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    private static final String CACHE = "jornada-rate-limits";

    private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
    private final Map<Limit, Limit.Rule> rules = new EnumMap<>(Limit.class);
    private ProxyManager<String> shared;
    private LocalBuckets local;
    private SecretKeySpec salt;

    @PostConstruct
    void start() {
        for (Limit limit : Limit.values()) {
            var configured = Settings.get(limit.setting());
            if (limit == Limit.REVIEWS && configured.isEmpty()) {
                // the older setting, still honoured: reviews per hour
                configured = Settings.get("JORNADA_REVIEWS_PER_HOUR").map(n -> n + "/3600");
            }
            if (configured.isPresent() && !Limit.isValid(configured.get())) {
                LOG.warning(() -> limit.setting() + " is not count/seconds (at most 9 digits each): the default "
                        + limit.rule(java.util.Optional.empty()) + " applies");
            }
            Limit.Rule rule = limit.rule(configured);
            rules.put(limit, rule);
            configurations.put(limit, BucketConfiguration.builder()
                    .addLimit(l -> l.capacity(rule.capacity()).refillGreedy(rule.capacity(), rule.period())).build());
        }
        local = new LocalBuckets(configurations, rules, TimeMeter.SYSTEM_NANOTIME);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        try {
            CacheManager manager = (CacheManager) new InitialContext().lookup("payara/CacheManager");
            Cache<String, byte[]> cache = manager.getCache(CACHE, String.class, byte[].class);
            if (cache == null) {
                cache = manager.createCache(CACHE, new MutableConfiguration<String, byte[]>()
                        .setTypes(String.class, byte[].class)
                        .setExpiryPolicyFactory(AccessedExpiryPolicy.factoryOf(
                                new javax.cache.expiry.Duration(TimeUnit.DAYS, 1))));
            }
            cache.putIfAbsent("salt", random);
            random = cache.get("salt");
            shared = Bucket4jJCache.entryProcessorBasedBuilder(cache).build();
            LOG.info("Rate limits are kept in Payara's JCache (Hazelcast; shared by the nodes of a cluster)");
        } catch (NamingException | RuntimeException noCache) {
            LOG.info("Rate limits are kept in this node's memory (no JCache available)");
        }
        salt = new SecretKeySpec(random, "HmacSHA256");
        LOG.info(() -> "Rate limits: " + rules);
    }

    /** The limit's numbers as configured. */
    public Limit.Rule rule(Limit limit) {
        return rules.get(limit);
    }

    /** The key of a client for the buckets; the address goes no further than this call. */
    public String clientKey(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(salt);
            byte[] digest = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Takes one token; zero when allowed, else how long until the next one. */
    public Duration take(Limit limit, String key) {
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    /** How long until a token is there, taking none; zero when one is. */
    public Duration peek(Limit limit, String key) {
        return Duration.ofNanos(bucket(limit, key).estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    private Bucket bucket(Limit limit, String key) {
        return shared != null ? shared.builder().build(limit.name() + ":" + key, () -> configurations.get(limit))
                : local.bucket(limit, key);
    }
}
