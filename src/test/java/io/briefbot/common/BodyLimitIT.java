package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.AnnouncedBody;
import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.ChunkedUpload;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar taking 20 MB chunked bodies on every path that reads one: each is refused with 413 once
 * past its limit, and the process does not grow by what it was sent.
 */
class BodyLimitIT {

    private static final long TWENTY_MB = 20L * 1024 * 1024;
    private static final long MIB = 1024 * 1024;
    private static final long ALLOWED_GROWTH_KB = 8 * 1024;
    // The heap starts small and is touched as soon as it grows, so resident memory follows what the heap
    // needs rather than which of its pages happen to have been used so far; the serial collector grows it
    // only when what is live needs the room (G1 also grows it to spend less time collecting).
    private static final String JVM = "-XX:+UseSerialGC -Xms64m -Xmx1g -XX:+AlwaysPreTouch";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN_TOKEN = "admin-body-limit-3c1d9e";
    private static final String WEBHOOK_SECRET = "webhook-body-limit-7a2b";

    private record Post(String path, long limit, String... headers) {
    }

    private static final List<Post> POSTS = List.of(
            new Post("/slack/events", MIB, "Content-Type: application/x-www-form-urlencoded"),
            new Post("/telegram/webhook", MIB, "Content-Type: application/json", "X-Telegram-Bot-Api-Secret-Token: " + WEBHOOK_SECRET),
            new Post("/api/issues", 3 * MIB, "Content-Type: text/plain", "Authorization: Bearer " + ADMIN_TOKEN),
            new Post("/api/parse", 3 * MIB, "Content-Type: text/plain", "Authorization: Bearer " + ADMIN_TOKEN),
            new Post("/api/inbound/email", 3 * MIB, "Content-Type: message/rfc822", "Authorization: Bearer " + ADMIN_TOKEN),
            new Post("/api/admin/deliveries/run", 3 * MIB, "Content-Type: application/json", "Authorization: Bearer " + ADMIN_TOKEN),
            new Post("/console/api/command", 3 * MIB, "Content-Type: application/json"));

    @TempDir
    Path temp;

    @AfterEach
    void stop() throws InterruptedException {
        BriefbotProcess.destroyAll(temp);
    }

    @Test
    void chunkedBodiesPastTheLimitAreCutOffWithoutGrowingTheProcess() throws Exception {
        BriefbotProcess briefbot = BriefbotProcess.start(temp.resolve("data"), Map.ofEntries(
                Map.entry("JAVA_TOOL_OPTIONS", JVM),
                Map.entry("BRIEFBOT_ADMIN_TOKEN", ADMIN_TOKEN),
                Map.entry("SLACK_BOT_TOKEN", "stand-in-bot-token"),
                Map.entry("SLACK_SIGNING_SECRET", "stand-in-signing-secret"),
                Map.entry("SLACK_API_URL", "http://127.0.0.1:9/api/"),
                Map.entry("TELEGRAM_BOT_TOKEN", "424242:stand-in-token"),
                Map.entry("TELEGRAM_API_URL", "http://127.0.0.1:9"),
                Map.entry("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook"),
                Map.entry("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET),
                Map.entry("BRIEFBOT_DELIVERY_ENABLED", "false")));
        int port = briefbot.httpPort();
        // what requests at the limits, and refusals of announced lengths, cost is paid before the measure
        for (int round = 0; round < 3; round++) {
            for (Post post : POSTS) {
                sendAtTheLimit(port, post);
                assertThat(AnnouncedBody.statusLine(port, post.path(), TWENTY_MB, post.headers())).startsWith("HTTP/1.1 413");
            }
        }
        long before = residentKb(briefbot);

        Map<String, ChunkedUpload.Outcome> outcomes = new LinkedHashMap<>();
        for (int round = 0; round < 3; round++) {
            for (Post post : POSTS) {
                outcomes.put(post.path() + " #" + round, ChunkedUpload.send(port, post.path(), TWENTY_MB, post.headers()));
            }
        }

        long grown = residentKb(briefbot) - before;
        assertThat(grown).as("resident memory grown, in kB, from %d kB by %s", before, outcomes).isLessThan(ALLOWED_GROWTH_KB);
        for (Post post : POSTS) {
            for (int round = 0; round < 3; round++) {
                ChunkedUpload.Outcome outcome = outcomes.get(post.path() + " #" + round);
                assertThat(outcome.status()).as("%s answered %s", post.path(), outcome.statusLine()).isEqualTo(413);
                assertThat(outcome.bytesSent()).as("bytes %s took", post.path()).isLessThanOrEqualTo(post.limit() + ChunkedUpload.UNREAD_ALLOWANCE);
                assertThat(outcome.closed()).as("%s closed the connection", post.path()).isTrue();
            }
        }
        assertThat(briefbot.isAlive()).isTrue();
    }

    private static void sendAtTheLimit(int port, Post post) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + post.path()))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[(int) post.limit()]));
        for (String header : post.headers()) {
            String[] nameAndValue = header.split(": ", 2);
            request.header(nameAndValue[0], nameAndValue[1]);
        }
        HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    private static long residentKb(BriefbotProcess briefbot) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(briefbot.handle().pid()), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
    }
}
