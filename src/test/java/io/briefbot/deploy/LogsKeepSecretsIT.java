package io.briefbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.SlackSigner;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar with JSON logs and every secret set, driven through ingest, Slack and Telegram while
 * both platforms are unreachable (so their failures are logged): every line is JSON, no secret appears
 * anywhere, and no message body appears at INFO or above.
 */
class LogsKeepSecretsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String ADMIN_TOKEN = "admin-7f3c9d2e41b8a6055c1e";
    private static final String SIGNING_SECRET = "signing-0b9e8d7c6a5f4e3d2c1b";
    private static final String SLACK_TOKEN = "slack-bot-5d4c3b2a1f0e9d8c7b6a";
    private static final String TELEGRAM_TOKEN = "424242:telegram-9a8b7c6d5e4f3a2b1c0d";
    private static final String WEBHOOK_SECRET = "webhook-1a2b3c4d5e6f7a8b9c0d";
    private static final String DB_PASSWORD_LIKE = "console-3e2d1c0b9a8f7e6d5c4b";

    @TempDir
    Path temp;

    @AfterEach
    void stop() throws InterruptedException {
        BriefbotProcess.destroyAll(temp);
    }

    @Test
    void jsonLinesWithoutSecretsOrBodies() throws Exception {
        BriefbotProcess briefbot = BriefbotProcess.start(temp.resolve("data"), Map.ofEntries(
                Map.entry("BRIEFBOT_LOG_JSON", "true"),
                Map.entry("BRIEFBOT_ADMIN_TOKEN", ADMIN_TOKEN),
                Map.entry("BRIEFBOT_CONSOLE_PASSWORD", DB_PASSWORD_LIKE),
                Map.entry("SLACK_SIGNING_SECRET", SIGNING_SECRET),
                Map.entry("SLACK_BOT_TOKEN", SLACK_TOKEN),
                Map.entry("SLACK_API_URL", "http://127.0.0.1:9/api/"),
                Map.entry("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN),
                Map.entry("TELEGRAM_API_URL", "http://127.0.0.1:9"),
                Map.entry("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook"),
                Map.entry("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET),
                Map.entry("BRIEFBOT_TELEGRAM_CHATS", "*")));
        String base = "http://127.0.0.1:" + briefbot.httpPort();
        String issueTitle = FixtureIssues.uniqueTitle("Quietharbour ledger");
        String slackWords = "marmalade-lighthouse";
        String telegramWords = "quince-observatory";

        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/issues"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(FixtureIssues.text(FixtureIssues.uniqueTopic("Logs"), issueTitle)))).statusCode())
                .isEqualTo(201);
        assertThat(send(HttpRequest.newBuilder(URI.create(base + "/api/issues"))
                .header("Authorization", "Bearer wrong-" + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode()).isEqualTo(401);

        long now = System.currentTimeMillis() / 1000;
        String slackBody = "token=unused&team_id=T0LOGS&channel_id=C0LOGS&user_id=U0LOGS&command=%2Fsearch&text="
                + URLEncoder.encode(slackWords, StandardCharsets.UTF_8) + "&response_url="
                + URLEncoder.encode("http://127.0.0.1:9/respond", StandardCharsets.UTF_8);
        for (String signature : List.of(SlackSigner.signature(SIGNING_SECRET, now, slackBody), "v0=" + "0".repeat(64))) {
            send(HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-Slack-Request-Timestamp", Long.toString(now))
                    .header("X-Slack-Signature", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(slackBody)));
        }
        String update = "{\"update_id\":7001,\"message\":{\"message_id\":1,\"from\":{\"id\":501,\"is_bot\":false,\"first_name\":\"Ada\"},"
                + "\"chat\":{\"id\":501,\"first_name\":\"Ada\",\"type\":\"private\"},\"date\":1764400000,"
                + "\"text\":\"/search " + telegramWords + "\",\"entities\":[{\"offset\":0,\"length\":7,\"type\":\"bot_command\"}]}}";
        for (String secret : List.of(WEBHOOK_SECRET, "wrong-" + WEBHOOK_SECRET)) {
            send(HttpRequest.newBuilder(URI.create(base + "/telegram/webhook"))
                    .header("Content-Type", "application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", secret)
                    .POST(HttpRequest.BodyPublishers.ofString(update)));
        }
        // the platforms' failing calls (auth.test, setWebhook, replies) are retried and logged meanwhile
        Thread.sleep(4_000);
        briefbot.stopGracefully();

        List<String> lines = briefbot.output().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThan(10);
        List<JsonNode> records = new ArrayList<>();
        for (String line : lines) {
            records.add(JSON.readTree(line));
        }
        assertThat(records).allMatch(record -> record.hasNonNull("message") && record.hasNonNull("level"));
        assertThat(records).anyMatch(record -> record.get("level").asText().matches("WARN|ERROR"));
        for (String secret : List.of(ADMIN_TOKEN, SIGNING_SECRET, SLACK_TOKEN, TELEGRAM_TOKEN, WEBHOOK_SECRET, DB_PASSWORD_LIKE,
                TELEGRAM_TOKEN.substring(TELEGRAM_TOKEN.indexOf(':') + 1))) {
            assertThat(lines).as("a log line shows a secret").noneMatch(line -> line.contains(secret));
        }
        for (JsonNode record : records) {
            if (!record.get("level").asText().matches("DEBUG|TRACE")) {
                assertThat(record.toString()).as("a message body logged at " + record.get("level"))
                        .doesNotContain(issueTitle).doesNotContain(slackWords).doesNotContain(telegramWords);
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
