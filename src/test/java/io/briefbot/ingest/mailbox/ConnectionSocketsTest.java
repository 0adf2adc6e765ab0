package io.briefbot.ingest.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.briefbot.common.Backoff;
import io.briefbot.testing.MailServer;
import jakarta.mail.MessagingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sockets under an imaps connection, against a real IMAP server over TLS (GreenMail). */
class ConnectionSocketsTest {

    private static MailServer secure;

    @BeforeAll
    static void startServer() {
        secure = MailServer.startSecure();
        secure.addUser("team", "app-password-Tl5s");
    }

    @AfterAll
    static void stopServer() {
        secure.stop();
    }

    @Test
    void closingThemEndsAReadWaitingInTheTlsAboveThem() throws Exception {
        ConnectionSockets sockets = new ConnectionSockets();
        Socket plain = sockets.createSocket("127.0.0.1", secure.port());
        try (SSLSocket tls = (SSLSocket) trustingAnyCertificate().getSocketFactory()
                .createSocket(plain, "127.0.0.1", secure.port(), true)) {
            BufferedReader server = new BufferedReader(new InputStreamReader(tls.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(server.readLine()).as("the greeting, read through TLS").startsWith("* OK");
            // the server has nothing more to say: the read waits as one in an IDLE does
            CompletableFuture<String> waiting = CompletableFuture.supplyAsync(() -> nextLine(server));
            Thread.sleep(300);
            assertThat(waiting).isNotDone();

            sockets.closeAll();

            assertThat(catchThrowable(() -> waiting.get(30, TimeUnit.SECONDS))).isNotInstanceOf(TimeoutException.class);
        }
    }

    @Test
    void imapsSpeaksTlsAndRefusesACertificateNoTrustStoreTrusts() {
        MailboxSettings settings = new MailboxSettings(true, "127.0.0.1", secure.port(), "INBOX", "team", "app-password-Tl5s",
                "briefbot/processed", "briefbot/failed", SenderAllowList.of(List.of()), Duration.ofMinutes(1),
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)), Duration.ofSeconds(10));

        assertThatThrownBy(() -> MailboxConnection.open(settings)).isInstanceOf(MessagingException.class)
                .hasStackTraceContaining("SSLHandshakeException");
    }

    private static String nextLine(BufferedReader server) {
        try {
            return server.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's own client only: GreenMail's certificate is self-signed. */
    private static SSLContext trustingAnyCertificate() throws Exception {
        TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {anyCertificate}, new SecureRandom());
        return context;
    }
}
