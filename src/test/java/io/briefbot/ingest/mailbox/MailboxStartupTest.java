package io.briefbot.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusMainTest
@TestProfile(MailboxStartupTest.PlainImapAcrossTheNetwork.class)
class MailboxStartupTest {

    private static final String PASSWORD = "never-shown-4f9d2a";

    public static class PlainImapAcrossTheNetwork implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("briefbot.imap.url", "imap://imap.example.org/INBOX",
                    "briefbot.imap.user", "team@example.org",
                    "briefbot.imap.password", PASSWORD);
        }
    }

    @Test
    void aMailboxReadInClearAcrossTheNetworkStopsTheStartWithTheReason(QuarkusMainLauncher launcher) {
        // a task would exit with 2 for the missing folder; the settings stop it before it runs
        LaunchResult result = launcher.launch("backfill", "/nonexistent/" + UUID.randomUUID());

        String output = result.getOutput() + result.getErrorOutput();
        assertThat(result.exitCode()).as(output).isEqualTo(1);
        assertThat(output).contains("BRIEFBOT_IMAP_URL uses imap:// without TLS for imap.example.org", "use imaps://")
                .doesNotContain(PASSWORD);
    }
}
