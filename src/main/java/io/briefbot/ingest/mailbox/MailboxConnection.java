package io.briefbot.ingest.mailbox;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.iap.Argument;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * One logged-in IMAP connection with the folder read open, and the processed and failed folders (created when
 * missing). Folder names use '/' between levels and are translated to the server's own separator.
 */
final class MailboxConnection implements AutoCloseable {

    private static final Duration RETRY_END = Duration.ofSeconds(1);

    private final IMAPStore store;
    private final ConnectionSockets sockets;
    private final Duration timeout;
    private final IMAPFolder folder;
    private final IMAPFolder processed;
    private final IMAPFolder failed;
    private final boolean idles;
    private final ScheduledExecutorService idleEnder;
    /** Apart from the ender, whose command waits for the IDLE to end as long as the IDLE lasts. */
    private final ScheduledExecutorService idleGuard;
    private final Object pause = new Object();
    private volatile boolean woken;
    private volatile Idle current;

    private MailboxConnection(IMAPStore store, ConnectionSockets sockets, Duration timeout, IMAPFolder folder, IMAPFolder processed,
                              IMAPFolder failed) throws MessagingException {
        this.store = store;
        this.sockets = sockets;
        this.timeout = timeout;
        this.folder = folder;
        this.processed = processed;
        this.failed = failed;
        this.idles = store.hasCapability("IDLE");
        this.idleEnder = daemonScheduler("mailbox-idle-end");
        this.idleGuard = daemonScheduler("mailbox-idle-guard");
        // A message reported with the answer to another command, even to the one that starts the IDLE, would not
        // end the IDLE that follows: the server has told of it already and will not again.
        folder.addMessageCountListener(new MessageCountAdapter() {
            @Override
            public void messagesAdded(MessageCountEvent event) {
                wake();
            }
        });
    }

    /** Logs in and opens the folders; throws {@link jakarta.mail.AuthenticationFailedException} for a refused login. */
    static MailboxConnection open(MailboxSettings settings) throws MessagingException {
        ConnectionSockets sockets = new ConnectionSockets();
        Session session = Session.getInstance(properties(settings, sockets));
        IMAPStore store = (IMAPStore) session.getStore(protocol(settings));
        store.connect(settings.host(), settings.port(), settings.user(), settings.password());
        try {
            IMAPFolder folder = folderNamed(store, settings.folder());
            if (!folder.exists()) {
                throw new FolderNotFoundException(folder, "The folder " + settings.folder() + " does not exist in the mailbox");
            }
            folder.open(Folder.READ_WRITE);
            return new MailboxConnection(store, sockets, settings.timeout(), folder, created(store, settings.processed()),
                    created(store, settings.failed()));
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
    }

    boolean idles() {
        return idles;
    }

    long uidValidity() throws MessagingException {
        return folder.getUIDValidity();
    }

    /** The messages in the folder, oldest first, without those marked deleted (by a move that could not expunge). */
    List<Waiting> waiting() throws MessagingException {
        Message[] messages = folder.getMessages();
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.ENVELOPE);
        profile.add(FetchProfile.Item.FLAGS);
        profile.add(FetchProfile.Item.SIZE);
        folder.fetch(messages, profile);
        List<Waiting> waiting = new ArrayList<>(messages.length);
        for (Message message : messages) {
            if (!message.isExpunged() && !message.isSet(Flags.Flag.DELETED)) {
                waiting.add(new Waiting(folder.getUID(message), sender(message), message.getSize()));
            }
        }
        waiting.sort(Comparator.comparingLong(Waiting::uid));
        return waiting;
    }

    /**
     * The whole messages as the server holds them, by UID, in one command (UID FETCH BODY.PEEK[]: they stay unread).
     * A UID missing from the answer is no longer in the folder: another reader moved it.
     */
    Map<Long, byte[]> raw(List<Long> uids) throws MessagingException {
        Map<Long, byte[]> raw = new HashMap<>();
        if (uids.isEmpty()) {
            return raw;
        }
        folder.doCommand(protocol -> {
            Argument arguments = new Argument().writeAtom(UIDSet.toString(UIDSet.createUIDSets(toArray(uids))))
                    .writeAtom("(BODY.PEEK[])");
            Response[] responses = protocol.command("UID FETCH", arguments);
            for (Response response : responses) {
                if (response instanceof FetchResponse fetched && fetched.getItem(UID.class) != null
                        && fetched.getItem(BODY.class) != null) {
                    raw.put(fetched.getItem(UID.class).uid, fetched.getItem(BODY.class).getByteArray().getNewBytes());
                }
            }
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return null;
        });
        return raw;
    }

    void moveToProcessed(List<Long> uids) throws MessagingException {
        MoveMessages.move(folder, toArray(uids), processed);
    }

    void moveToFailed(List<Long> uids) throws MessagingException {
        MoveMessages.move(folder, toArray(uids), failed);
    }

    private static long[] toArray(List<Long> uids) {
        return uids.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Waits until the server reports a change (IDLE), the interval passes, or {@link #wake()} is called; returns at
     * once when a message was reported since the last wait.
     */
    void awaitChange(Duration interval) throws MessagingException {
        if (!idles) {
            synchronized (pause) {
                if (!woken) {
                    try {
                        pause.wait(interval.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                woken = false;
            }
            return;
        }
        Idle idle = new Idle();
        // set before woken is read, and wake() sets woken before it reads this: one of the two always sees the other
        current = idle;
        try {
            if (woken) {
                woken = false;
                return;
            }
            idle.endAfter(interval);
            folder.idle(true);
        } catch (MessagingException | RuntimeException e) {
            if (idle.cutOff) {
                throw new MessagingException("The server did not end the IDLE within " + timeout.toSeconds()
                        + " s of being asked to; the connection was cut off", e);
            }
            throw e;
        } finally {
            current = null;
            idle.over();
        }
    }

    void wake() {
        woken = true;
        synchronized (pause) {
            pause.notifyAll();
        }
        Idle idle = current;
        if (idle != null) {
            idle.endAfter(Duration.ZERO);
        }
    }

    /**
     * One IDLE. It ends with the first notification, or when another command needs the connection: a NOOP, repeated
     * until the IDLE has ended, since one sent before the IDLE began (a stalled thread) ends nothing. A server that
     * never answers the end of the IDLE would hold the reader, and every command after it, for ever: the sockets are
     * closed once it has had the timeout to answer.
     */
    private final class Idle {

        private ScheduledFuture<?> ending;
        private ScheduledFuture<?> cut;
        /** When the first NOOP is due, by {@link System#nanoTime()}; a later request to end never postpones it. */
        private long endDue;
        private boolean over;
        private volatile boolean cutOff;

        synchronized void endAfter(Duration delay) {
            long due = System.nanoTime() + delay.toNanos();
            if (over || ending != null && endDue - due <= 0) {
                return;
            }
            cancel();
            endDue = due;
            try {
                ending = idleEnder.scheduleWithFixedDelay(MailboxConnection.this::endIdle, delay.toMillis(),
                        RETRY_END.toMillis(), TimeUnit.MILLISECONDS);
                cut = idleGuard.schedule(this::cutOff, delay.plus(timeout).toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // the connection is being closed at this moment: no IDLE is left to end
            }
        }

        /** Not once the IDLE is over: the connection is healthy, and the cut could be due at that very moment. */
        private synchronized void cutOff() {
            if (!over) {
                cutOff = true;
                sockets.closeAll();
            }
        }

        synchronized void over() {
            over = true;
            cancel();
        }

        private void cancel() {
            if (ending != null) {
                ending.cancel(false);
            }
            if (cut != null) {
                cut.cancel(false);
            }
        }
    }

    private void endIdle() {
        try {
            folder.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            // the connection is going away: the waiting thread learns it from its own IDLE
        }
    }

    /** Drops the connection at once, without a word to the server, for a reader that does not stop by itself. */
    void abort() {
        sockets.closeAll();
    }

    @Override
    public void close() {
        idleGuard.shutdownNow();
        idleEnder.shutdownNow();
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            // the connection is gone already
        }
        closeQuietly(store);
    }

    private static ScheduledExecutorService daemonScheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static String sender(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address.getAddress() : null;
    }

    private static IMAPFolder created(IMAPStore store, String name) throws MessagingException {
        IMAPFolder created = folderNamed(store, name);
        // another reader of the mailbox may create it at the same moment
        if (!created.exists() && !created.create(Folder.HOLDS_MESSAGES) && !created.exists()) {
            throw new MessagingException("The folder " + name + " could not be created in the mailbox");
        }
        return created;
    }

    private static IMAPFolder folderNamed(IMAPStore store, String name) throws MessagingException {
        char separator = store.getDefaultFolder().getSeparator();
        return (IMAPFolder) store.getFolder(name.replace('/', separator));
    }

    private static String protocol(MailboxSettings settings) {
        return settings.secure() ? "imaps" : "imap";
    }

    private static Properties properties(MailboxSettings settings, ConnectionSockets sockets) {
        String prefix = "mail." + protocol(settings) + ".";
        String timeout = String.valueOf(settings.timeout().toMillis());
        // an IDLE waits up to the poll interval for a word from the server, so reads may take that long
        String readTimeout = String.valueOf(settings.timeout().plus(settings.pollInterval()).toMillis());
        Properties properties = new Properties();
        // no protocol trace, and never the login even if a trace is switched on
        properties.setProperty("mail.debug", "false");
        properties.setProperty("mail.debug.auth", "false");
        properties.setProperty(prefix + "connectiontimeout", timeout);
        properties.setProperty(prefix + "timeout", readTimeout);
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        properties.setProperty(prefix + "peek", "true");
        properties.setProperty(prefix + "partialfetch", "false");
        properties.put(prefix + "socketFactory", sockets);
        properties.setProperty(prefix + "socketFactory.fallback", "false");
        return properties;
    }

    private static void closeQuietly(IMAPStore store) {
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            // nothing left to close
        }
    }

    /** A message in the folder: its UID, the sender's bare address (null when it names none) and its size in bytes. */
    record Waiting(long uid, String sender, int size) {
    }
}
