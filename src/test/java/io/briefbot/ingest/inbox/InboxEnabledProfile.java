package io.briefbot.ingest.inbox;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** Turns the inbox on, polling a fresh folder several times a second. */
public class InboxEnabledProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Path folder = Path.of(System.getProperty("briefbot.data-dir", "target/test-data"), "inbox-" + UUID.randomUUID());
        return Map.of(
                "briefbot.inbox.enabled", "true",
                "briefbot.inbox.folder", folder.toString(),
                "briefbot.inbox.poll-interval", "200ms",
                "briefbot.inbox.settle-time", "500ms");
    }
}
