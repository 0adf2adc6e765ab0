package io.briefbot.chat.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import io.briefbot.testing.LoopbackWireMock;
import java.util.Map;

/**
 * A stand-in for slack.com/api (and for hooks.slack.com's response_urls, under /hooks/) on a random loopback
 * port, answering like Slack: {"ok":true,…} from the Web API, "ok" from a response_url.
 */
public class SlackApiStandIn extends LoopbackWireMock {

    static final String BOT_TOKEN = "stand-in-bot-token";
    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TEAM = "T0BRIEF01";
    static final String OTHER_TEAM = "T0OTHER99";
    static final String BOT_USER = "UBOT";

    static final String UPLOAD = "/upload/v1/CwABAAAAXgoAAZnRG0VxRR5xCgAC";
    static final String FILE_ID = "F0CHART0001";
    /** A channel the bot is not a member of: files.completeUploadExternal refuses to share a file there. */
    static final String OUTSIDE_CHANNEL = "C0OUTSIDE1";

    static String method(String name) {
        return "/api/" + name;
    }

    @Override
    protected Map<String, String> configure() {
        answer("auth.test", "{\"ok\":true,\"url\":\"https://briefbot-test.slack.com/\",\"team\":\"Briefbot Test\",\"user\":\"briefbot\","
                + "\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER + "\",\"bot_id\":\"B0BOT0001\",\"is_enterprise_install\":false}");
        answer("chat.postMessage", "{\"ok\":true,\"channel\":\"C0CHANNEL\",\"ts\":\"1764400000.000100\",\"message\":{\"type\":\"message\","
                + "\"subtype\":\"bot_message\",\"text\":\"briefing\",\"ts\":\"1764400000.000100\",\"bot_id\":\"B0BOT0001\"}}");
        answer("chat.update", "{\"ok\":true,\"channel\":\"C0CHANNEL\",\"ts\":\"1764400000.000100\",\"text\":\"briefing\"}");
        answer("chat.postEphemeral", "{\"ok\":true,\"message_ts\":\"1764400000.000200\"}");
        answer("files.getUploadURLExternal", "{\"ok\":true,\"upload_url\":\"" + server.baseUrl() + UPLOAD + "\",\"file_id\":\""
                + FILE_ID + "\"}");
        server.stubFor(post(urlEqualTo(UPLOAD)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withBody("OK - 48211")));
        answer("files.completeUploadExternal", "{\"ok\":true,\"files\":[{\"id\":\"" + FILE_ID + "\",\"title\":\"chart\"}]}");
        server.stubFor(post(urlEqualTo(method("files.completeUploadExternal"))).withFormParam("channel_id", equalTo(OUTSIDE_CHANNEL))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                        .withBody("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        server.stubFor(post(urlPathMatching("/hooks/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("ok")));
        return Map.of(
                // application.properties keeps Slack off under %test; only a %test key overrides that.
                "%test.briefbot.slack.bot-token", BOT_TOKEN,
                "briefbot.slack.signing-secret", SIGNING_SECRET,
                "briefbot.slack.api-url", server.baseUrl() + "/api/",
                "briefbot.slack.teams", TEAM,
                // The first command also warms up the database; its answer should still travel in the acknowledgement.
                "briefbot.slack.ack-wait", "10s",
                // /today kept in memory as in production (tests store their issue afresh, which empties the cache).
                "%test.briefbot.briefing.latest-cache-ttl", "1h");
    }

    private void answer(String name, String json) {
        server.stubFor(post(urlEqualTo(method(name))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(json)));
    }
}
