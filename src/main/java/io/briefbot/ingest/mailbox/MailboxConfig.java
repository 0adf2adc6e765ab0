package io.briefbot.ingest.mailbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "briefbot.imap")
public interface MailboxConfig {

    /** The mailbox folder to read, e.g. imaps://imap.example.org:993/INBOX (BRIEFBOT_IMAP_URL); unset: off. */
    Optional<String> url();

    /** BRIEFBOT_IMAP_USER. */
    Optional<String> user();

    /** An app password (BRIEFBOT_IMAP_PASSWORD); never logged. */
    Optional<String> password();

    /** Where stored messages go (BRIEFBOT_IMAP_PROCESSED_FOLDER); '/' separates levels whatever the server uses. */
    @WithDefault("briefbot/processed")
    String processedFolder();

    /** Where refused messages go (BRIEFBOT_IMAP_FAILED_FOLDER). */
    @WithDefault("briefbot/failed")
    String failedFolder();

    /** Sender addresses or domains taken; others are left in the folder (BRIEFBOT_IMAP_SENDERS). Unset: all. */
    Optional<List<String>> senders();

    /** How often the folder is looked at when the server offers no IDLE, and how long one IDLE lasts. */
    @WithDefault("60s")
    Duration pollInterval();

    /** Wait after the first failed connection; it doubles with each further one, up to {@link #maxBackoff()}. */
    @WithDefault("5s")
    Duration initialBackoff();

    @WithDefault("10m")
    Duration maxBackoff();

    /** Connecting and waiting for one answer of the server, the end of an IDLE included (BRIEFBOT_IMAP_TIMEOUT). */
    @WithDefault("30s")
    Duration timeout();
}
