package io.briefbot.ingest.mailbox;

import io.briefbot.testing.MailServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A GreenMail IMAP server on a random loopback port with the team's mailbox, and the settings that point briefbot
 * at it; tests get the server injected into a MailServer field.
 */
public class LoopbackMailbox implements QuarkusTestResourceLifecycleManager {

    static final String USER = "team";
    static final String PASSWORD = "app-password-7Kq2";
    /** Briefings come from this domain, or are forwarded by this colleague. */
    static final String ALLOWED_SENDERS = "briefings.example, colleague@team.example";

    private MailServer server;

    @Override
    public Map<String, String> start() {
        server = MailServer.start();
        server.addUser(USER, PASSWORD);
        return Map.of(
                "briefbot.imap.url", "imap://127.0.0.1:" + server.port() + "/INBOX",
                "briefbot.imap.user", USER,
                "briefbot.imap.password", PASSWORD,
                "briefbot.imap.senders", ALLOWED_SENDERS,
                "briefbot.imap.poll-interval", "2s",
                "briefbot.imap.initial-backoff", "200ms",
                "briefbot.imap.max-backoff", "1s",
                "briefbot.imap.timeout", "5s");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(MailServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
