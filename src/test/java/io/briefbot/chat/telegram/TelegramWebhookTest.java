package io.briefbot.chat.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.BRIEFING_GROUP;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.BUTTON_GROUP;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.OTHER_PRIVATE_CHAT;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.PRIVATE_CHAT;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.RATE_LIMITED_GROUP;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.SECRET;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.UNLISTED_GROUP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.briefbot.archive.IssueJson;
import io.briefbot.briefing.ArchiveCache;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Await;
import io.briefbot.testing.ChunkedUpload;
import io.briefbot.testing.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TelegramWebhookProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true)
class TelegramWebhookTest {

    private static final String WEBHOOK = "/telegram/webhook";
    private static final Duration QUIET = Duration.ofMillis(500);
    private static final AtomicInteger UPDATE_IDS = new AtomicInteger(100_000);

    WireMockServer telegram;

    @Inject
    IssueIngestor ingestor;

    @Inject
    ArchiveCache cache;

    @Inject
    MeterRegistry meters;

    @Test
    void aGroupCommandAddressedToTheBotIsAnsweredWithEveryHeadlineOfTheLatestIssue() throws InterruptedException {
        Archive.clear();
        IssueJson issue = ingestor.ingest(IngestRequest.of(Fixtures.resource("api/harbour-issue.txt"), "text/plain",
                IngestSource.API)).issue();

        JsonPath reply = inlineReply(webhook(TelegramUpdateJson.groupMessage(nextUpdateId(), BRIEFING_GROUP,
                "/today@" + TelegramApiStandIn.BOT_USERNAME)));

        assertThat(reply.getString("method")).isEqualTo("sendMessage");
        assertThat(reply.getLong("chat_id")).isEqualTo(BRIEFING_GROUP);
        assertThat(reply.getString("parse_mode")).isEqualTo("HTML");
        assertThat(reply.getBoolean("link_preview_options.is_disabled")).isTrue();
        String html = reply.getString("text");
        TelegramHtml.assertValid(html);
        assertThat(issue.headlines()).isNotEmpty();
        for (String headline : issue.headlines()) {
            assertThat(html).contains(escaped(headline));
        }
        Thread.sleep(QUIET.toMillis());
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", BRIEFING_GROUP)).isEmpty();
    }

    @Test
    void aQuestionInAPrivateChatIsAnsweredWithQuotesAndTheirSources() {
        Archive.clear();
        IssueJson issue = ingestor.ingest(IngestRequest.of(Fixtures.resource("api/harbour-issue.txt"), "text/plain",
                IngestSource.API)).issue();

        JsonPath reply = inlineReply(webhook(TelegramUpdateJson.privateMessage(nextUpdateId(), PRIVATE_CHAT,
                "Why are harbour fees rising in Tianjin?")));

        String html = reply.getString("text");
        TelegramHtml.assertValid(html);
        assertThat(html).startsWith("❓ <b>Why are harbour fees rising in Tianjin?</b>")
                .contains("<i>The port authority of Tianjin has raised its handling fees by another six percent.</i>")
                .contains("China.Table").contains("“Tianjin raises harbour fees for the second time”");
        assertThat(reply.getString("reply_markup")).contains("/article " + issue.articles().get(0).id());
    }

    @Test
    void aReplyToAnAnswerIsAFollowUpToItsQuestion() {
        Archive.clear();
        ingestor.ingest(IngestRequest.of(Fixtures.resource("api/harbour-issue.txt"), "text/plain", IngestSource.API));

        JsonPath reply = inlineReply(webhook(TelegramUpdateJson.replyToTheBot(nextUpdateId(), BRIEFING_GROUP, "who pays the surcharge?",
                "❓ harbour fees in Tianjin?\n[1] The port authority of Tianjin has raised its handling fees by another six percent.")));

        String html = reply.getString("text");
        assertThat(html).startsWith("❓ <b>who pays the surcharge? harbour fees in Tianjin?</b>")
                .contains("Importers in Hamburg and Rotterdam expect the surcharge to appear on invoices from January.");
    }

    @Test
    void aCommandAddressedToAnotherBotIsIgnored() throws InterruptedException {
        webhook(TelegramUpdateJson.groupMessage(nextUpdateId(), BRIEFING_GROUP, "/today@some_other_bot"))
                .then().statusCode(200).body(emptyString());
        Thread.sleep(QUIET.toMillis());
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", BRIEFING_GROUP)).isEmpty();
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitAndTheConnectionClosed() throws Exception {
        ChunkedUpload.Outcome outcome = ChunkedUpload.send(RestAssured.port, WEBHOOK, 20L * 1024 * 1024,
                "Content-Type: application/json", TelegramWebhookRoute.SECRET_HEADER + ": " + SECRET);

        assertThat(outcome.status()).as(outcome.statusLine()).isEqualTo(413);
        assertThat(outcome.bytesSent()).isLessThanOrEqualTo(TelegramWebhookRoute.MAX_UPDATE_BYTES + ChunkedUpload.UNREAD_ALLOWANCE);
        assertThat(outcome.closed()).isTrue();
    }

    @Test
    void anUpdateWithoutTheRightSecretIsRefusedUnread() throws InterruptedException {
        String update = TelegramUpdateJson.privateMessage(nextUpdateId(), OTHER_PRIVATE_CHAT, "/help");

        given().contentType("application/json").body(update).post(WEBHOOK)
                .then().statusCode(401).contentType("application/problem+json");
        given().header(TelegramWebhookRoute.SECRET_HEADER, SECRET + "x").contentType("application/json").body(update).post(WEBHOOK)
                .then().statusCode(401);
        given().header(TelegramWebhookRoute.SECRET_HEADER, "").contentType("application/json").body("not even JSON").post(WEBHOOK)
                .then().statusCode(401);
        Thread.sleep(QUIET.toMillis());
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", OTHER_PRIVATE_CHAT)).isEmpty();

        // Had any of them been processed, this update would now count as answered.
        JsonPath reply = inlineReply(webhook(update));
        assertThat(reply.getLong("chat_id")).isEqualTo(OTHER_PRIVATE_CHAT);
    }

    @Test
    void aRedeliveredUpdateIsAnsweredOnce() throws InterruptedException {
        String update = TelegramUpdateJson.privateMessage(nextUpdateId(), PRIVATE_CHAT, "today");

        assertThat(inlineReply(webhook(update)).getString("method")).isEqualTo("sendMessage");
        webhook(update).then().statusCode(200).body(emptyString());

        Thread.sleep(QUIET.toMillis());
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", PRIVATE_CHAT)).isEmpty();
    }

    @Test
    void todayFromTheArchiveAndFromMemoryIsTheSameAnswerAndNeitherIsGivenTwice() throws InterruptedException {
        Archive.clear();
        ingestor.ingest(IngestRequest.of(Fixtures.resource("api/harbour-issue.txt"), "text/plain", IngestSource.API));
        String first = TelegramUpdateJson.privateMessage(nextUpdateId(), PRIVATE_CHAT, "/today");
        String second = TelegramUpdateJson.privateMessage(nextUpdateId(), PRIVATE_CHAT, "/today");

        // Storing the issue emptied the cache: the first /today reads the archive on a worker, the second is answered from memory.
        assertThat(cache.<Object>peek("today:")).isEmpty();
        JsonPath fromArchive = inlineReply(webhook(first));
        assertThat(cache.<Object>peek("today:")).isPresent();
        JsonPath fromMemory = inlineReply(webhook(second));

        assertThat(fromMemory.getString("text")).isEqualTo(fromArchive.getString("text")).isNotBlank();
        assertThat(fromMemory.getLong("chat_id")).isEqualTo(PRIVATE_CHAT);
        assertThat(fromMemory.getString("parse_mode")).isEqualTo("HTML");
        webhook(first).then().statusCode(200).body(emptyString());
        webhook(second).then().statusCode(200).body(emptyString());
        Thread.sleep(QUIET.toMillis());
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", PRIVATE_CHAT)).isEmpty();
    }

    @Test
    void aRateLimitedReplyIsSentAgainAfterTheWaitTelegramAsksFor() {
        telegram.stubFor(post(urlEqualTo(TelegramApiStandIn.path("sendMessage")))
                .withFormParam("chat_id", equalTo(Long.toString(RATE_LIMITED_GROUP)))
                .inScenario("rate limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json").withBody(
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}"))
                .willSetStateTo("waited"));
        double rateLimitedBefore = counter("briefbot_platform_429_total");
        double failedBefore = counter("briefbot_replies_failed_total");
        int updateId = nextUpdateId();

        // A button whose answer is a notice: it comes as a new message, through the API.
        webhook(TelegramUpdateJson.buttonPress(updateId, RATE_LIMITED_GROUP, 55, "/article 999999999"))
                .then().statusCode(200).body(emptyString());

        Await.until("the reply is sent again after the wait", Duration.ofSeconds(15),
                () -> TelegramCalls.toChat(telegram, "sendMessage", RATE_LIMITED_GROUP).size() == 2);
        assertThat(counter("briefbot_platform_429_total")).isEqualTo(rateLimitedBefore + 1);
        assertThat(counter("briefbot_replies_failed_total")).isEqualTo(failedBefore);
        assertThat(TelegramCalls.of(telegram, "answerCallbackQuery"))
                .anySatisfy(call -> assertThat(call.get("callback_query_id")).isEqualTo("cb-" + updateId));
    }

    @Test
    void aChatNotAllowedIsToldOnceAndThenIgnored() throws InterruptedException {
        JsonPath notice = inlineReply(webhook(TelegramUpdateJson.groupMessage(nextUpdateId(), UNLISTED_GROUP, "/today")));
        assertThat(notice.getLong("chat_id")).isEqualTo(UNLISTED_GROUP);
        assertThat(notice.getString("text")).contains(Long.toString(UNLISTED_GROUP)).contains("BRIEFBOT_TELEGRAM_CHATS");

        webhook(TelegramUpdateJson.groupMessage(nextUpdateId(), UNLISTED_GROUP, "/today"))
                .then().statusCode(200).body(emptyString());
        Thread.sleep(QUIET.toMillis());
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", UNLISTED_GROUP)).isEmpty();
    }

    @Test
    void aButtonPressIsAcknowledgedAndItsAnswerReplacesThePressedMessage() {
        int updateId = nextUpdateId();

        webhook(TelegramUpdateJson.buttonPress(updateId, BUTTON_GROUP, 77, "/help"))
                .then().statusCode(200).body(emptyString());

        Await.until("the button press is acknowledged", Duration.ofSeconds(10), () -> TelegramCalls.of(telegram, "answerCallbackQuery")
                .stream().anyMatch(call -> ("cb-" + updateId).equals(call.get("callback_query_id"))));
        Await.until("the pressed message is edited", Duration.ofSeconds(10),
                () -> !TelegramCalls.toChat(telegram, "editMessageText", BUTTON_GROUP).isEmpty());
        Map<String, String> edit = TelegramCalls.toChat(telegram, "editMessageText", BUTTON_GROUP).get(0);
        assertThat(edit.get("message_id")).isEqualTo("77");
        assertThat(edit.get("parse_mode")).isEqualTo("HTML");
        TelegramHtml.assertValid(edit.get("text"));
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", BUTTON_GROUP)).isEmpty();
    }

    @Test
    void theCommandMenuAndTheWebhookAreRegisteredAtStart() {
        Await.until("the webhook is registered", Duration.ofSeconds(10), () -> !TelegramCalls.of(telegram, "setWebhook").isEmpty());

        List<Map<String, String>> menus = TelegramCalls.of(telegram, "setMyCommands");
        assertThat(menus).hasSize(1);
        List<String> commands = JsonPath.from(menus.get(0).get("commands")).getList("command");
        assertThat(commands).containsExactly("today", "issue", "tag", "tags", "trend", "ask", "search", "article", "subscribe",
                "unsubscribe", "digest", "subscriptions", "follow", "unfollow", "following", "watch", "unwatch", "watching", "mute", "unmute", "help");
        assertThat(JsonPath.from(menus.get(0).get("commands")).getList("description", String.class)).allSatisfy(
                description -> assertThat(description).isNotBlank().hasSizeLessThanOrEqualTo(256));

        Map<String, String> webhook = TelegramCalls.of(telegram, "setWebhook").get(0);
        assertThat(webhook.get("url")).isEqualTo("https://briefbot.example.org/telegram/webhook");
        assertThat(webhook.get("secret_token")).isEqualTo(SECRET);
        assertThat(JsonPath.from(webhook.get("allowed_updates")).getList("$", String.class))
                .containsExactlyInAnyOrder("message", "callback_query");
    }

    private static Response webhook(String update) {
        return given().header(TelegramWebhookRoute.SECRET_HEADER, SECRET).contentType("application/json").body(update)
                .post(WEBHOOK);
    }

    private static JsonPath inlineReply(Response response) {
        response.then().statusCode(200).contentType("application/json");
        return response.jsonPath();
    }

    private double counter(String name) {
        return meters.counter(name, "platform", "telegram").count();
    }

    private static int nextUpdateId() {
        return UPDATE_IDS.incrementAndGet();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
