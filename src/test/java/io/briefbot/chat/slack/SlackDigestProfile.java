package io.briefbot.chat.slack;

import io.briefbot.chat.SettableClock;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** Slack from {@link SlackApiStandIn}, on a clock the test sets, with one admin; delivery passes only when a test runs them. */
public class SlackDigestProfile implements QuarkusTestProfile {

    static final String MANAGER = "U0MANAGER";

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SettableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("briefbot.slack.admins", MANAGER, "briefbot.time-zone", "Europe/Berlin", "briefbot.delivery.enabled", "false");
    }
}
