package io.briefbot.chat.command;

import io.briefbot.chat.SettableClock;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** Chat commands on a clock set by the test, with BRIEFBOT_ADMINS and platforms that know each chat's managers. */
public class DeliveryCommandsProfile implements QuarkusTestProfile {

    static final String ADMIN = "admin-7";

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SettableClock.class, ManagersOnly.OnTelegram.class, ManagersOnly.OnSlack.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("briefbot.telegram.admins", ADMIN, "briefbot.slack.admins", ADMIN,
                "briefbot.delivery.enabled", "false");
    }
}
