package io.briefbot.ingest.mailbox;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Reads one mailbox on its own thread for as long as it runs: a look at the folder, then IDLE until the server
 * reports a change (or, without IDLE, a pause of the poll interval), and again. A dropped connection or a refused
 * login is reported (log and health) once per attempt and tried again after a backoff that doubles; nothing
 * here ever stops the application.
 */
public final class WatchMailbox {

    private static final Logger LOG = Logger.getLogger(WatchMailbox.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final MailboxSettings settings;
    private final ReadMailbox reader;
    private final MailboxState state = new MailboxState();
    private final Object pause = new Object();
    private volatile boolean running;
    private volatile MailboxConnection connection;
    private Thread thread;

    public WatchMailbox(MailboxSettings settings, ReadMailbox reader) {
        this.settings = settings;
        this.reader = reader;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "mailbox-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the look after the message at hand (which is stored and moved, or left as it was), then disconnects. */
    public synchronized void stop() throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
        MailboxConnection open = connection;
        if (open != null) {
            open.wake();
        }
        thread.join(STOP_WAIT.toMillis());
        if (thread.isAlive() && open != null) {
            open.abort();
            thread.join(STOP_WAIT.toMillis());
        }
        thread = null;
    }

    public MailboxState state() {
        return state;
    }

    public MailboxSettings settings() {
        return settings;
    }

    private void run() {
        int failures = 0;
        while (running) {
            try (MailboxConnection mailbox = MailboxConnection.open(settings)) {
                connection = mailbox;
                state.connected(mailbox.idles());
                LOG.infof("Mailbox %s: connected%s, %s", settings, failures > 0 ? " again" : "",
                        mailbox.idles() ? "waiting with IDLE" : "looking every " + settings.pollInterval().toSeconds() + " s");
                failures = 0;
                while (running) {
                    readAll(mailbox);
                    if (running) {
                        mailbox.awaitChange(settings.pollInterval());
                    }
                }
            } catch (AuthenticationFailedException e) {
                Duration wait = settings.backoff().after(++failures);
                String error = settings.redact(e.getMessage());
                state.loginRefused(error + "; check BRIEFBOT_IMAP_USER and BRIEFBOT_IMAP_PASSWORD", Instant.now().plus(wait));
                LOG.errorf("Mailbox %s: the server refused the login (%s), attempt %d. Check BRIEFBOT_IMAP_USER and"
                        + " BRIEFBOT_IMAP_PASSWORD (an app password); trying again in %s", settings, error, failures, seconds(wait));
                pause(wait);
            } catch (MessagingException | RuntimeException e) {
                if (!running) {
                    break;
                }
                Duration wait = settings.backoff().after(++failures);
                String error = settings.redact(e.toString());
                state.unreachable(error, Instant.now().plus(wait));
                LOG.warnf("Mailbox %s: connection failed or lost (%s), attempt %d; trying again in %s", settings, error, failures,
                        seconds(wait));
                pause(wait);
            } finally {
                connection = null;
            }
        }
    }

    /** Looks again at once while a look finds work, since more may have come meanwhile. */
    private void readAll(MailboxConnection mailbox) throws MessagingException {
        int done;
        do {
            try {
                done = reader.read(mailbox, settings, () -> running);
                state.read();
            } catch (RuntimeException e) {
                // the database, not the mailbox: keep the connection and look again after the interval
                String error = settings.redact(e.toString());
                state.readFailed(error);
                LOG.errorf("Mailbox %s: reading failed, messages stay in the folder for the next look: %s", settings, error);
                return;
            }
        } while (done > 0 && running);
    }

    private static String seconds(Duration wait) {
        return String.format(Locale.ROOT, "%.1f s", wait.toMillis() / 1000.0);
    }

    private void pause(Duration wait) {
        synchronized (pause) {
            if (running) {
                try {
                    pause.wait(Math.max(1, wait.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }
}
