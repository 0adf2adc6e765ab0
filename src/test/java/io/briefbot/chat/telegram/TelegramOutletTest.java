package io.briefbot.chat.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.briefbot.delivery.ChatMoved;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Posting;
import io.briefbot.format.Action;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.telegram.TelegramMessage;
import io.briefbot.testing.MovedChats;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Telegram outlet with the real Bot API client against the stand-in: each call once, each answer mapped. */
@QuarkusTest
@TestProfile(TelegramDeliveryProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true)
class TelegramOutletTest {

    private static final AtomicLong GROUPS = new AtomicLong(-1002000000000L);

    WireMockServer telegram;

    @Inject
    TelegramOutlet outlet;

    @Inject
    MeterRegistry meters;

    @Inject
    MovedChats moved;

    @Test
    void aPostIsOneSendMessageInHtmlAndItsMessageIdComesBack() {
        long chat = nextGroup();
        answer("sendMessage", chat, 200, sentMessage(chat, 4711));

        Posting posting = outlet.send(to(chat, null), message("A <b>briefing</b>", List.of()));

        assertThat(posting).isEqualTo(Posting.sent("4711"));
        List<Map<String, String>> calls = TelegramCalls.toChat(telegram, "sendMessage", chat);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).containsEntry("text", "A <b>briefing</b>").containsEntry("parse_mode", "HTML")
                .doesNotContainKey("message_thread_id");
    }

    @Test
    void aPostToAForumTopicCarriesItsThreadId() {
        long chat = nextGroup();
        answer("sendMessage", chat, 200, sentMessage(chat, 12));

        assertThat(outlet.send(to(chat, "77"), message("In the topic", List.of())).result()).isEqualTo(Posting.Result.SENT);

        assertThat(TelegramCalls.toChat(telegram, "sendMessage", chat).get(0)).containsEntry("message_thread_id", "77");
    }

    @Test
    void anEditReplacesTextAndButtonsOfThePostedMessage() {
        long chat = nextGroup();
        answer("editMessageText", chat, 200, sentMessage(chat, 4711));

        Posting posting = outlet.edit(to(chat, null), "4711",
                message("Corrected", List.of(List.of(new Action("Read", "/article 5")))));

        assertThat(posting).isEqualTo(Posting.sent("4711"));
        Map<String, String> call = TelegramCalls.toChat(telegram, "editMessageText", chat).get(0);
        assertThat(call).containsEntry("message_id", "4711").containsEntry("text", "Corrected").containsEntry("parse_mode", "HTML");
        assertThat(JsonPath.from(call.get("reply_markup")).getString("inline_keyboard[0][0].callback_data")).isEqualTo("/article 5");
    }

    @Test
    void anEditToTheSameTextCountsAsDone() {
        long chat = nextGroup();
        answer("editMessageText", chat, 400, refusal(400, "Bad Request: message is not modified: specified new message content "
                + "and reply markup are exactly the same as a current content and reply markup of the message"));

        assertThat(outlet.edit(to(chat, null), "31", message("Same", List.of()))).isEqualTo(Posting.sent("31"));
    }

    @Test
    void aFloodLimitAsksToWaitTheSecondsTelegramNamesAndIsCounted() {
        long chat = nextGroup();
        answer("sendMessage", chat, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\","
                + "\"parameters\":{\"retry_after\":7}}");
        double before = meters.counter("briefbot_platform_429_total", "platform", "telegram").count();

        Posting posting = outlet.send(to(chat, null), message("Later", List.of()));

        assertThat(posting.result()).isEqualTo(Posting.Result.RETRY_AFTER);
        assertThat(posting.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", chat)).hasSize(1);
        assertThat(meters.counter("briefbot_platform_429_total", "platform", "telegram").count()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "403 | Forbidden: bot was kicked from the supergroup chat",
            "403 | Forbidden: bot was blocked by the user",
            "403 | Forbidden: bot is not a member of the channel chat",
            "400 | Bad Request: chat not found",
            "400 | Bad Request: message thread not found"})
    void aChatTheBotCannotReachIsGone(int status, String description) {
        long chat = nextGroup();
        answer("sendMessage", chat, status, refusal(status, description));

        Posting posting = outlet.send(to(chat, null), message("Anyone?", List.of()));

        assertThat(posting.result()).isEqualTo(Posting.Result.GONE);
        assertThat(posting.error()).contains(description);
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", chat)).hasSize(1);
    }

    @Test
    void aGroupUpgradedToASupergroupGetsThePostThereAndTheMoveIsAnnounced() {
        long group = nextGroup();
        long supergroup = nextGroup();
        answer("sendMessage", group, 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was "
                + "upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":" + supergroup + "}}");
        answer("sendMessage", supergroup, 200, sentMessage(supergroup, 5));

        Posting posting = outlet.send(to(group, null), message("Moved", List.of()));

        assertThat(posting).isEqualTo(Posting.sent("5"));
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", supergroup)).hasSize(1);
        assertThat(moved.all()).contains(new ChatMoved("telegram", Long.toString(group), Long.toString(supergroup)));
    }

    @Test
    void aServerErrorOrABrokenConnectionFailsThePostForNowWithoutRetrying() {
        long chat = nextGroup();
        answer("sendMessage", chat, 502, refusal(502, "Bad Gateway"));
        long other = nextGroup();
        telegram.stubFor(post(urlEqualTo(TelegramApiStandIn.path("sendMessage"))).withFormParam("chat_id", equalTo(Long.toString(other)))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(outlet.send(to(chat, null), message("Hello", List.of())).result()).isEqualTo(Posting.Result.FAILED);
        Posting broken = outlet.send(to(other, null), message("Hello", List.of()));

        assertThat(broken.result()).isEqualTo(Posting.Result.FAILED);
        assertThat(broken.error()).doesNotContain(TelegramApiStandIn.TOKEN);
        assertThat(TelegramCalls.toChat(telegram, "sendMessage", chat)).hasSize(1);
    }

    @Test
    void anUnreadableHtmlIsAFailureNotAGoneChat() {
        long chat = nextGroup();
        answer("sendMessage", chat, 400, refusal(400, "Bad Request: can't parse entities: Unsupported start tag \"x\" at byte offset 0"));

        assertThat(outlet.send(to(chat, null), message("<x>", List.of())).result()).isEqualTo(Posting.Result.FAILED);
    }

    @Test
    void groupsArePacedAtTwentyAMinuteAndPrivateChatsAtOneASecond() {
        assertThat(outlet.pace(to(-1001234L, null)).perChatGap()).isEqualTo(Duration.ofSeconds(3));
        assertThat(outlet.pace(to(4242L, null)).perChatGap()).isEqualTo(Duration.ofSeconds(1));
        assertThat(outlet.pace(to(4242L, null)).messagesPerSecond()).isEqualTo(30.0);
        assertThat(outlet.platform()).isEqualTo("telegram");
    }

    @Test
    void aCommandInAForumTopicCarriesTheTopic() {
        long chat = nextGroup();
        String update = TelegramUpdateJson.topicMessage(800_001, chat, 42, "/where");

        JsonPath reply = given().header(TelegramWebhookRoute.SECRET_HEADER, TelegramDeliveryProfile.SECRET)
                .contentType("application/json").body(update).post("/telegram/webhook")
                .then().statusCode(200).extract().jsonPath();

        assertThat(reply.getString("text")).contains("chat " + chat + " topic 42 user 31337");
        assertThat(reply.getInt("message_thread_id")).isEqualTo(42);
    }

    private void answer(String method, long chat, int status, String json) {
        TelegramApiStandIn.answer(telegram, method, chat, status, json);
    }

    static String sentMessage(long chat, int messageId) {
        return "{\"ok\":true,\"result\":{\"message_id\":" + messageId + ",\"from\":{\"id\":123456789,\"is_bot\":true,"
                + "\"first_name\":\"briefbot\",\"username\":\"" + TelegramApiStandIn.BOT_USERNAME + "\"},\"chat\":{\"id\":" + chat
                + ",\"title\":\"Harbour desk\",\"type\":\"supergroup\"},\"date\":1764400000,\"text\":\"briefing\"}}";
    }

    private static String refusal(int code, String description) {
        return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description.replace("\"", "\\\"") + "\"}";
    }

    private static Destination to(long chat, String thread) {
        return new Destination("telegram", Long.toString(chat), thread);
    }

    private static TelegramMessage message(String html, List<List<Action>> keyboard) {
        return new TelegramMessage(html, keyboard);
    }

    private static long nextGroup() {
        return GROUPS.decrementAndGet();
    }
}
