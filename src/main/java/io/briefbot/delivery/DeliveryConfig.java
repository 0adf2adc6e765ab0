package io.briefbot.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "briefbot.delivery")
public interface DeliveryConfig {

    /** BRIEFBOT_DELIVERY_ENABLED: run the passes by themselves (on schedule and on ingest); the admin run works either way. */
    @WithDefault("true")
    boolean enabled();

    /** BRIEFBOT_DELIVERY_INTERVAL: how often the pass runs; a pass also waits this long for deliveries retried soon. */
    @WithDefault("20s")
    Duration interval();

    /** The scheduler's period: the interval, or "off" (tests run passes themselves). */
    @WithDefault("20s")
    String checkEvery();

    /** BRIEFBOT_DELIVERY_LEASE: how long a claimed delivery is held before another runner may take it over. */
    @WithDefault("60s")
    Duration lease();

    /** BRIEFBOT_DELIVERY_MAX_ATTEMPTS: failed attempts (not 429s) before a delivery is given up as failed. */
    @WithDefault("5")
    int maxAttempts();

    /** BRIEFBOT_DELIVERY_RETRY_BACKOFF: the wait after the first failed attempt; it doubles with each further one. */
    @WithDefault("10s")
    Duration retryBackoff();

    /** BRIEFBOT_DELIVERY_WORKERS: deliveries in flight at once in this process; the pacers keep the platforms' limits. */
    @WithDefault("8")
    int workers();

    /** BRIEFBOT_DELIVERY_RUNNER: this process's name in the ledger's claimed_by; default host name and process id. */
    Optional<String> runner();
}
