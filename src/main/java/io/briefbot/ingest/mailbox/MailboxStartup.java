package io.briefbot.ingest.mailbox;

import io.briefbot.common.BackgroundWorkStarted;
import io.briefbot.common.RunMode;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks the mailbox settings at start (a mailbox that would be read in clear over the network stops the start
 * with the reason), then reads the mailbox in the background in the server, never in a task.
 */
@ApplicationScoped
public class MailboxStartup {

    private static final Logger LOG = Logger.getLogger(MailboxStartup.class);

    private final MailboxConfig config;
    private final ReadMailbox reader;
    private final RunMode runMode;
    private volatile WatchMailbox watcher;

    public MailboxStartup(MailboxConfig config, ReadMailbox reader, RunMode runMode) {
        this.config = config;
        this.reader = reader;
        this.runMode = runMode;
    }

    void start(@Observes BackgroundWorkStarted event) {
        Optional<MailboxSettings> settings = MailboxSettings.of(config);
        if (settings.isEmpty()) {
            LOG.debug("The mailbox is off: BRIEFBOT_IMAP_URL is not set");
            return;
        }
        if (!runMode.isServer()) {
            return;
        }
        WatchMailbox started = new WatchMailbox(settings.get(), reader);
        started.start();
        watcher = started;
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        WatchMailbox running = watcher;
        if (running != null) {
            running.stop();
        }
    }

    /** The mailbox read by this server; empty when it is off. */
    public Optional<WatchMailbox> watcher() {
        return Optional.ofNullable(watcher);
    }
}
