package io.briefbot.delivery;

import io.briefbot.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * Delivery passes only when a test runs them (nothing by itself after an ingest), on a clock the test can move
 * forward, with retries quick enough to wait for.
 */
public class DeliveryTestProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(AdjustableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "briefbot.delivery.enabled", "false",
                "briefbot.delivery.retry-backoff", "20ms",
                "briefbot.delivery.max-attempts", "3",
                "briefbot.delivery.lease", "30s",
                "briefbot.delivery.interval", "10s");
    }
}
