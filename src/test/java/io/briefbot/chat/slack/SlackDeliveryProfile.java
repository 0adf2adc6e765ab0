package io.briefbot.chat.slack;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Delivery passes only when a test runs them; Slack itself comes from {@link SlackApiStandIn}. */
public class SlackDeliveryProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("briefbot.delivery.enabled", "false");
    }
}
