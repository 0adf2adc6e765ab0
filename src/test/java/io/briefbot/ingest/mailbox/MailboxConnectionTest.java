package io.briefbot.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.store.StoredMessage;
import io.briefbot.common.Backoff;
import io.briefbot.ingest.mailbox.MailboxConnection.Waiting;
import io.briefbot.testing.MailServer;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The IMAP side alone, against a real IMAP server (GreenMail). */
class MailboxConnectionTest {

    private static final String PASSWORD = "app-password-Zt81";
    /** Far longer than any wait below: a wait that ends early was ended by the server or by wake(). */
    private static final Duration POLL_INTERVAL = Duration.ofMinutes(5);

    private static MailServer server;
    private String user;

    @BeforeAll
    static void startServer() {
        server = MailServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @BeforeEach
    void freshUser() {
        user = "user-" + UUID.randomUUID().toString().substring(0, 8);
        server.addUser(user, PASSWORD);
    }

    @Test
    void createsTheMissingFoldersWithTheServersSeparator() throws Exception {
        try (MailboxConnection ignored = MailboxConnection.open(settings())) {
            assertThat(server.folderExists(user, "briefbot.processed")).isTrue();
            assertThat(server.folderExists(user, "briefbot.failed")).isTrue();
        }
        // and finds them the next time
        try (MailboxConnection again = MailboxConnection.open(settings())) {
            assertThat(again.waiting()).isEmpty();
        }
    }

    @Test
    void listsMessagesOldestFirstWithTheirSenderAndWithoutThoseMarkedDeleted() throws Exception {
        deliver("First", "desk@briefings.example");
        deliver("Second", "Other Desk <other@briefings.example>");
        deliver("Deleted by the owner", "desk@briefings.example");
        server.markDeleted(user, "INBOX", server.messagesIn(user, "INBOX").get(2));

        try (MailboxConnection mailbox = MailboxConnection.open(settings())) {
            List<Waiting> waiting = mailbox.waiting();

            assertThat(waiting).extracting(Waiting::sender).containsExactly("desk@briefings.example", "other@briefings.example");
            assertThat(waiting.get(0).uid()).isLessThan(waiting.get(1).uid());
            Map<Long, byte[]> raw = mailbox.raw(List.of(waiting.get(0).uid(), waiting.get(1).uid()));
            assertThat(raw).containsOnlyKeys(waiting.get(0).uid(), waiting.get(1).uid());
            assertThat(new String(raw.get(waiting.get(0).uid()), StandardCharsets.UTF_8)).contains("Subject: First", "Body of First");
            assertThat(new String(raw.get(waiting.get(1).uid()), StandardCharsets.UTF_8)).contains("Subject: Second", "Body of Second");
        }
        assertThat(server.messagesIn(user, "INBOX").get(0).getFlags().contains(jakarta.mail.Flags.Flag.SEEN))
                .as("reading leaves it unread").isFalse();
    }

    @Test
    void aMessageMovedAwayByAnotherReaderIsMissingFromWhatIsFetched() throws Exception {
        deliver("Taken by the other reader", "desk@briefings.example");
        deliver("Still here", "desk@briefings.example");

        try (MailboxConnection mine = MailboxConnection.open(settings()); MailboxConnection theirs = MailboxConnection.open(settings())) {
            long uid = mine.waiting().get(0).uid();
            long left = mine.waiting().get(1).uid();
            theirs.moveToProcessed(List.of(uid));

            assertThat(mine.raw(List.of(uid, left))).containsOnlyKeys(left);
            // moving it again changes nothing
            mine.moveToProcessed(List.of(uid));
        }
        assertThat(server.subjectsIn(user, "briefbot.processed")).containsExactly("Taken by the other reader");
    }

    @Test
    void movesToTheProcessedAndFailedFolders() throws Exception {
        deliver("Stored", "desk@briefings.example");
        deliver("Refused", "desk@briefings.example");

        try (MailboxConnection mailbox = MailboxConnection.open(settings())) {
            List<Waiting> waiting = mailbox.waiting();
            mailbox.moveToProcessed(List.of(waiting.get(0).uid()));
            mailbox.moveToFailed(List.of(waiting.get(1).uid()));
        }

        assertThat(server.subjectsIn(user, "INBOX")).isEmpty();
        assertThat(server.subjectsIn(user, "briefbot.processed")).containsExactly("Stored");
        assertThat(server.subjectsIn(user, "briefbot.failed")).containsExactly("Refused");
    }

    @Test
    void copyAndDeleteRemovesExactlyTheMessagesCopied() throws Exception {
        deliver("Moved", "desk@briefings.example");
        deliver("Left", "desk@briefings.example");
        deliver("Deleted by the owner", "desk@briefings.example");
        StoredMessage ownersDeleted = server.messagesIn(user, "INBOX").get(2);
        server.markDeleted(user, "INBOX", ownersDeleted);
        try (MailboxConnection created = MailboxConnection.open(settings())) {
            assertThat(created.waiting()).hasSize(2);
        }

        IMAPStore store = (IMAPStore) Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", server.port(), user, PASSWORD);
        try {
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            IMAPFolder processed = (IMAPFolder) store.getFolder("briefbot.processed");
            MoveMessages.copyAndDelete(inbox, new long[] {inbox.getUID(inbox.getMessage(1))}, processed, true);
            inbox.close(false);
        } finally {
            store.close();
        }

        assertThat(server.subjectsIn(user, "briefbot.processed")).containsExactly("Moved");
        assertThat(server.messagesIn(user, "INBOX")).extracting(MailboxConnectionTest::subject)
                .as("the owner's deleted message is not expunged").containsExactly("Left", "Deleted by the owner");
    }

    @Test
    void idleEndsWhenAMessageArrives() throws Exception {
        try (MailboxConnection mailbox = MailboxConnection.open(settings())) {
            assertThat(mailbox.idles()).isTrue();
            CompletableFuture<Void> waiting = awaitChangeIn(mailbox);
            Thread.sleep(300);
            assertThat(waiting).as("waits while nothing happens").isNotDone();

            deliver("Arrived", "desk@briefings.example");

            waiting.get(30, TimeUnit.SECONDS);
            assertThat(mailbox.waiting()).extracting(Waiting::sender).containsExactly("desk@briefings.example");
        }
    }

    @Test
    void idleEndsAfterTheIntervalWhenTheServerSaysNothing() throws Exception {
        try (MailboxConnection mailbox = MailboxConnection.open(settings())) {
            for (int round = 1; round <= 3; round++) {
                CompletableFuture<Void> waiting = awaitChangeIn(mailbox, Duration.ofMillis(300));

                waiting.get(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void aMessageThatCameAfterTheLastLookEndsTheNextWait() throws Exception {
        try (MailboxConnection mailbox = MailboxConnection.open(settings())) {
            assertThat(mailbox.waiting()).isEmpty();
            // the server tells of it while the IDLE begins, before it confirms the IDLE
            deliver("Between look and wait", "desk@briefings.example");

            awaitChangeIn(mailbox).get(30, TimeUnit.SECONDS);

            assertThat(mailbox.waiting()).extracting(Waiting::sender).containsExactly("desk@briefings.example");
        }
    }

    @Test
    void wakeEndsTheWait() throws Exception {
        try (MailboxConnection mailbox = MailboxConnection.open(settings())) {
            CompletableFuture<Void> waiting = awaitChangeIn(mailbox);
            Thread.sleep(300);

            mailbox.wake();

            waiting.get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anIdleWhoseEndTheServerNeverAnswersIsCutOffOnceTheTimeoutHasPassed() throws Exception {
        try (DoneSwallowingProxy silent = DoneSwallowingProxy.to(server.port());
             MailboxConnection mailbox = MailboxConnection.open(throughProxy(silent))) {
            CompletableFuture<Void> waiting = awaitChangeIn(mailbox, Duration.ofMillis(300));

            assertThatThrownBy(() -> waiting.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("The server did not end the IDLE within 1 s of being asked to");
            assertThat(silent.swallowed()).isPositive();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a new message", "wake()"})
    void anIdleEndedEarlyButNeverAnsweredIsCutOffOnceTheTimeoutHasPassedNotAfterTheInterval(String ending) throws Exception {
        Throwable ended = idleBehindASilentServer((mailbox, waiting) -> {
            if (ending.equals("wake()")) {
                mailbox.wake();
            } else {
                deliver("Arrived", "desk@briefings.example");
            }
        });

        assertThat(ended).hasMessageContaining("did not end the IDLE");
    }

    @Test
    void moreWakesDoNotPostponeTheCutOff() throws Exception {
        Throwable ended = idleBehindASilentServer((mailbox, waiting) -> {
            // a new message every 200 ms for five times the timeout, each waking the reader
            for (int wake = 0; wake < 25 && !waiting.isDone(); wake++) {
                mailbox.wake();
                Thread.sleep(200);
            }
            assertThat(waiting).as("cut off a second after the first wake").isDone();
        });

        assertThat(ended).hasMessageContaining("did not end the IDLE");
    }

    @Test
    void abortEndsAnIdleThatTheServerWillNotEnd() throws Exception {
        Throwable ended = idleBehindASilentServer((mailbox, waiting) -> mailbox.abort());

        assertThat(ended).isInstanceOf(ExecutionException.class);
    }

    /**
     * Begins an IDLE with a five-minute interval through a server that never answers its end, lets it settle, does
     * {@code act}, and gives what the wait ended with (null when it ended normally); fails after 30 s.
     */
    private Throwable idleBehindASilentServer(IdleAction act) throws Exception {
        try (DoneSwallowingProxy silent = DoneSwallowingProxy.to(server.port());
             MailboxConnection mailbox = MailboxConnection.open(throughProxy(silent))) {
            CompletableFuture<Void> waiting = awaitChangeIn(mailbox);
            Thread.sleep(300);

            act.on(mailbox, waiting);

            return catchThrowable(() -> waiting.get(30, TimeUnit.SECONDS));
        }
    }

    private interface IdleAction {
        void on(MailboxConnection mailbox, CompletableFuture<Void> waiting) throws Exception;
    }

    private static CompletableFuture<Void> awaitChangeIn(MailboxConnection mailbox) {
        return awaitChangeIn(mailbox, POLL_INTERVAL);
    }

    private static CompletableFuture<Void> awaitChangeIn(MailboxConnection mailbox, Duration interval) {
        return CompletableFuture.runAsync(() -> {
            try {
                mailbox.awaitChange(interval);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void deliver(String subject, String from) {
        String mail = "From: " + from + "\r\nTo: " + user + "@mail.test\r\nSubject: " + subject
                + "\r\nDate: Mon, 3 Nov 2025 06:00:00 +0100\r\nMessage-ID: <" + UUID.randomUUID() + "@briefings.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nBody of " + subject + "\r\n";
        server.deliver(user, mail.getBytes(StandardCharsets.UTF_8));
    }

    private MailboxSettings settings() {
        return new MailboxSettings(false, "127.0.0.1", server.port(), "INBOX", user, PASSWORD, "briefbot/processed",
                "briefbot/failed", SenderAllowList.of(List.of()), POLL_INTERVAL,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)), Duration.ofSeconds(10));
    }

    /** Through the proxy, with a server given one second to answer. */
    private MailboxSettings throughProxy(DoneSwallowingProxy proxy) {
        MailboxSettings direct = settings();
        return new MailboxSettings(false, "127.0.0.1", proxy.port(), "INBOX", user, PASSWORD, direct.processed(), direct.failed(),
                direct.senders(), POLL_INTERVAL, direct.backoff(), Duration.ofSeconds(1));
    }

    private static String subject(StoredMessage message) {
        try {
            return message.getMimeMessage().getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
