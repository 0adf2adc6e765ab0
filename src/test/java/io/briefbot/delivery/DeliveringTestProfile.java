package io.briefbot.delivery;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Delivery as in production: a pass right after each stored issue (the scheduled one stays off in tests). */
public class DeliveringTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "briefbot.delivery.enabled", "true",
                "briefbot.delivery.retry-backoff", "20ms",
                "briefbot.delivery.interval", "5s");
    }
}
