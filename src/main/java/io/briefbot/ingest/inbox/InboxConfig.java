package io.briefbot.ingest.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

@ConfigMapping(prefix = "briefbot.inbox")
public interface InboxConfig {

    /** Whether the inbox folder is watched (BRIEFBOT_INBOX_ENABLED). */
    @WithDefault("true")
    boolean enabled();

    /** The folder watched for new issues (BRIEFBOT_INBOX); processed/ and failed/ are created inside it. */
    Path folder();

    /** How often the folder is looked at (BRIEFBOT_INBOX_POLL_INTERVAL). */
    @WithDefault("2s")
    Duration pollInterval();

    /** A file modified more recently than this is taken to be still being written. */
    @WithDefault("1s")
    Duration settleTime();
}
