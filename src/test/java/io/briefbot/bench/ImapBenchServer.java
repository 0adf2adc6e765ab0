package io.briefbot.bench;

import io.briefbot.ingest.parse.IssueGenerator;
import io.briefbot.testing.MailServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

/**
 * A local IMAP server (GreenMail) for bench/imap.sh: a mailbox holding {@code count} generated issue e-mails, each
 * dated on its own day so that none corrects another. Writes its port to {@code portFile} once the mail is in, then
 * serves until killed, and says on the way out what is left in each folder.
 * Usage: ImapBenchServer <count> <portFile>
 */
public final class ImapBenchServer {

    static final String USER = "bench";
    static final String PASSWORD = "bench-app-password";

    private ImapBenchServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int count = Integer.parseInt(args[0]);
        Path portFile = Path.of(args[1]);
        MailServer server = MailServer.start();
        server.addUser(USER, PASSWORD);
        Random random = new Random(20220708);
        for (int i = 0; i < count; i++) {
            server.deliver(USER, GeneratedArchive.asMail(IssueGenerator.text(random), i).getBytes(StandardCharsets.UTF_8));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.printf(
                "IMAP server: %d left in INBOX, %d in briefbot/processed, %d in briefbot/failed%n",
                server.messagesIn(USER, "INBOX").size(), server.messagesIn(USER, "briefbot.processed").size(),
                server.messagesIn(USER, "briefbot.failed").size())));
        Path written = Files.writeString(portFile.resolveSibling(portFile.getFileName() + ".tmp"), String.valueOf(server.port()));
        Files.move(written, portFile);
        System.out.printf("IMAP server on 127.0.0.1:%d with %d messages for %s%n", server.port(), count, USER);
        new CountDownLatch(1).await();
    }
}
