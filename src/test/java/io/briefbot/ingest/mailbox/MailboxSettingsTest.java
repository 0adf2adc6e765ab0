package io.briefbot.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.ConfigurationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailboxSettingsTest {

    private static final String PASSWORD = "abcd efgh ijkl mnop";

    @Test
    void anUnsetUrlLeavesTheMailboxOff() {
        assertThat(MailboxSettings.of(config(null))).isEmpty();
    }

    @Test
    void readsServerPortAndFolderFromTheUrl() {
        MailboxSettings settings = MailboxSettings.of(config("imaps://imap.example.org:1993/Newsletters/Briefings")).orElseThrow();

        assertThat(settings.secure()).isTrue();
        assertThat(settings.host()).isEqualTo("imap.example.org");
        assertThat(settings.port()).isEqualTo(1993);
        assertThat(settings.folder()).isEqualTo("Newsletters/Briefings");
        assertThat(settings.processed()).isEqualTo("briefbot/processed");
        assertThat(settings.failed()).isEqualTo("briefbot/failed");
        assertThat(settings.key()).isEqualTo("team@example.org@imap.example.org:1993/Newsletters/Briefings");
    }

    @Test
    void defaultsToPort993AndTheInbox() {
        MailboxSettings settings = MailboxSettings.of(config("imaps://imap.example.org")).orElseThrow();

        assertThat(settings.port()).isEqualTo(993);
        assertThat(settings.folder()).isEqualTo("INBOX");
    }

    @Test
    void plainImapIsAllowedOnlyToThisMachine() {
        for (String local : List.of("imap://127.0.0.1:3143/INBOX", "imap://localhost/INBOX", "imap://[::1]:143/INBOX")) {
            assertThat(MailboxSettings.of(config(local))).as(local).hasValueSatisfying(settings -> assertThat(settings.secure()).isFalse());
        }
        assertThat(MailboxSettings.of(config("imap://localhost")).orElseThrow().port()).isEqualTo(143);

        assertThatThrownBy(() -> MailboxSettings.of(config("imap://imap.example.org/INBOX")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("BRIEFBOT_IMAP_URL uses imap:// without TLS for imap.example.org")
                .hasMessageContaining("use imaps://");
        assertThatThrownBy(() -> MailboxSettings.of(config("imap://192.168.1.20/INBOX")))
                .isInstanceOf(ConfigurationException.class);
        // a name that merely starts like the loopback address is not one
        assertThatThrownBy(() -> MailboxSettings.of(config("imap://127.0.0.1.example.org/INBOX")))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void refusesOtherSchemesAndCredentialsInTheUrl() {
        assertThatThrownBy(() -> MailboxSettings.of(config("pop3s://pop.example.org")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("must start with imaps://");
        assertThatThrownBy(() -> MailboxSettings.of(config("imaps://team:secret@imap.example.org/INBOX")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("BRIEFBOT_IMAP_USER and BRIEFBOT_IMAP_PASSWORD")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> MailboxSettings.of(config("imaps:///INBOX")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("names no server");
    }

    @Test
    void needsAUserAndAPassword() {
        assertThatThrownBy(() -> MailboxSettings.of(new TestConfig("imaps://imap.example.org", Optional.empty(), Optional.of(PASSWORD),
                "briefbot/processed", "briefbot/failed")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BRIEFBOT_IMAP_USER is not");
        assertThatThrownBy(() -> MailboxSettings.of(new TestConfig("imaps://imap.example.org", Optional.of("team"), Optional.empty(),
                "briefbot/processed", "briefbot/failed")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("BRIEFBOT_IMAP_PASSWORD is not");
    }

    @Test
    void theThreeFoldersMustDiffer() {
        assertThatThrownBy(() -> MailboxSettings.of(new TestConfig("imaps://imap.example.org/Briefings", Optional.of("team"),
                Optional.of(PASSWORD), "Briefings", "briefbot/failed")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("three different folders");
    }

    @Test
    void neverShowsThePassword() {
        MailboxSettings settings = MailboxSettings.of(config("imaps://imap.example.org/INBOX")).orElseThrow();

        assertThat(settings.toString()).isEqualTo("imaps://team@example.org@imap.example.org:993/INBOX").doesNotContain(PASSWORD);
        assertThat(settings.redact("NO [AUTHENTICATIONFAILED] " + PASSWORD + " is wrong")).isEqualTo("NO [AUTHENTICATIONFAILED] ******** is wrong");
    }

    private static MailboxConfig config(String url) {
        return new TestConfig(url, Optional.of("team@example.org"), Optional.of(PASSWORD), "briefbot/processed", "briefbot/failed");
    }

    private record TestConfig(String rawUrl, Optional<String> user, Optional<String> password, String processedFolder,
                              String failedFolder) implements MailboxConfig {

        @Override
        public Optional<String> url() {
            return Optional.ofNullable(rawUrl);
        }

        @Override
        public Optional<List<String>> senders() {
            return Optional.empty();
        }

        @Override
        public Duration pollInterval() {
            return Duration.ofSeconds(60);
        }

        @Override
        public Duration initialBackoff() {
            return Duration.ofSeconds(5);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofMinutes(10);
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(30);
        }
    }
}
