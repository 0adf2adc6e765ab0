package io.briefbot.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Posting;
import io.briefbot.format.Action;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.slack.SlackMessage;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Slack outlet with the real Web API client against the stand-in: each call once, each answer mapped. */
@QuarkusTest
@QuarkusTestResource(value = SlackApiStandIn.class, restrictToAnnotatedClass = true)
class SlackOutletTest {

    private static final AtomicInteger CHANNELS = new AtomicInteger();

    WireMockServer slack;

    @Inject
    SlackOutlet outlet;

    @Inject
    MeterRegistry meters;

    @Test
    void aPostIsOneChatPostMessageWithBlocksAndTextAndItsTsComesBack() {
        String channel = nextChannel();
        answer("chat.postMessage", channel, ok(200, "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1764400123.000200\","
                + "\"message\":{\"type\":\"message\",\"subtype\":\"bot_message\",\"text\":\"briefing\",\"ts\":\"1764400123.000200\"}}"));
        List<SlackMessage> messages = outlet.render(to(channel), new NoticeReply(NoticeReply.Kind.INFO, "Morning briefing",
                List.of(new Action("Read", "/article 5"))));

        Posting posting = outlet.send(to(channel), messages.get(0));

        assertThat(posting).isEqualTo(Posting.sent("1764400123.000200"));
        List<Map<String, String>> calls = SlackCalls.toChannel(slack, "chat.postMessage", channel);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).get("text")).contains("Morning briefing");
        assertThat(JsonPath.from(calls.get(0).get("blocks")).getList("type")).isNotEmpty();
    }

    @Test
    void anEditIsOneChatUpdateOfThePostedMessage() {
        String channel = nextChannel();
        answer("chat.update", channel, ok(200, "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1764400123.000200\","
                + "\"text\":\"corrected\"}"));

        Posting posting = outlet.edit(to(channel), "1764400123.000200", new SlackMessage("Corrected briefing", List.of()));

        assertThat(posting).isEqualTo(Posting.sent("1764400123.000200"));
        Map<String, String> call = SlackCalls.toChannel(slack, "chat.update", channel).get(0);
        assertThat(call).containsEntry("ts", "1764400123.000200").containsEntry("text", "Corrected briefing");
    }

    @Test
    void aRateLimitAsksToWaitTheRetryAfterSecondsAndIsCounted() {
        String channel = nextChannel();
        answer("chat.postMessage", channel, ok(429, "{\"ok\":false,\"error\":\"ratelimited\"}").withHeader("Retry-After", "12"));
        double before = meters.counter("briefbot_platform_429_total", "platform", "slack").count();

        Posting posting = outlet.send(to(channel), new SlackMessage("Later", List.of()));

        assertThat(posting.result()).isEqualTo(Posting.Result.RETRY_AFTER);
        assertThat(posting.retryAfter()).isEqualTo(Duration.ofSeconds(12));
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", channel)).hasSize(1);
        assertThat(meters.counter("briefbot_platform_429_total", "platform", "slack").count()).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "not_in_channel", "is_archived"})
    void aChannelTheBotCannotPostToIsGone(String error) {
        String channel = nextChannel();
        answer("chat.postMessage", channel, ok(200, "{\"ok\":false,\"error\":\"" + error + "\"}"));

        assertThat(outlet.send(to(channel), new SlackMessage("Anyone?", List.of()))).isEqualTo(Posting.gone(error));
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid_auth", "account_inactive", "token_revoked", "msg_too_long", "invalid_blocks"})
    void ourOwnProblemsFailThePostAndLeaveTheChannelAlone(String error) {
        String channel = nextChannel();
        answer("chat.postMessage", channel, ok(200, "{\"ok\":false,\"error\":\"" + error + "\"}"));

        assertThat(outlet.send(to(channel), new SlackMessage("Hello", List.of()))).isEqualTo(Posting.failed(error));
    }

    @Test
    void aServerErrorFailsThePostForNowWithoutRetrying() {
        String channel = nextChannel();
        answer("chat.postMessage", channel, aResponse().withStatus(503).withHeader("Content-Type", "text/html")
                .withBody("<html><body>Service Unavailable</body></html>"));

        Posting posting = outlet.send(to(channel), new SlackMessage("Hello", List.of()));

        assertThat(posting.result()).isEqualTo(Posting.Result.FAILED);
        assertThat(posting.error()).contains("503");
        assertThat(SlackCalls.toChannel(slack, "chat.postMessage", channel)).hasSize(1);
    }

    @Test
    void channelsArePacedAtOneMessageASecond() {
        assertThat(outlet.pace(to("C0PACE")).perChatGap()).isEqualTo(Duration.ofSeconds(1));
        assertThat(outlet.pace(to("C0PACE")).messagesPerSecond()).isPositive();
        assertThat(outlet.platform()).isEqualTo("slack");
    }

    private void answer(String method, String channel, ResponseDefinitionBuilder response) {
        slack.stubFor(post(urlEqualTo(SlackApiStandIn.method(method))).withFormParam("channel", equalTo(channel)).willReturn(response));
    }

    private static ResponseDefinitionBuilder ok(int status, String json) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=utf-8").withBody(json);
    }

    private static Destination to(String channel) {
        return new Destination("slack", channel, null);
    }

    private static String nextChannel() {
        return "C0OUT" + CHANNELS.incrementAndGet();
    }
}
