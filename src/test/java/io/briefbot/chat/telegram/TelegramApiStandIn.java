package io.briefbot.chat.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.briefbot.testing.LoopbackWireMock;
import java.util.Map;

/**
 * A stand-in for api.telegram.org on a random loopback port, answering like the real Bot API. With
 * init argument mode=polling it also serves getUpdates: one /help from {@link #POLLING_CHAT}, then nothing.
 */
public class TelegramApiStandIn extends LoopbackWireMock {

    static final String TOKEN = "123456789:AAtest-token-for-the-stand-in";
    static final String BOT_USERNAME = "briefbot_test_bot";
    static final long POLLING_CHAT = 5150;

    private static final String BOT_USER = "{\"id\":123456789,\"is_bot\":true,\"first_name\":\"briefbot\",\"username\":\""
            + BOT_USERNAME + "\"}";
    private static final String SENT_MESSAGE = "{\"ok\":true,\"result\":{\"message_id\":9001,\"from\":" + BOT_USER
            + ",\"chat\":{\"id\":4242,\"first_name\":\"Ada\",\"type\":\"private\"},\"date\":1764400000,\"text\":\"briefing\"}}";
    private static final String SENT_PHOTO = "{\"ok\":true,\"result\":{\"message_id\":9002,\"from\":" + BOT_USER
            + ",\"chat\":{\"id\":4242,\"first_name\":\"Ada\",\"type\":\"private\"},\"date\":1764400000,\"photo\":["
            + "{\"file_id\":\"AgACAgQAAxkDAAIBc2chart-small\",\"file_unique_id\":\"AQADchart1\",\"file_size\":9120,\"width\":320,\"height\":187},"
            + "{\"file_id\":\"AgACAgQAAxkDAAIBc2chart-large\",\"file_unique_id\":\"AQADchart2\",\"file_size\":48211,\"width\":1200,\"height\":700}],"
            + "\"caption\":\"Articles per week\"}}";
    private static final String TRUE = "{\"ok\":true,\"result\":true}";

    private boolean polling;

    static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    /** Has {@code telegram} answer calls of {@code method} to {@code chat} with this status and JSON body. */
    static void answer(WireMockServer telegram, String method, long chat, int status, String json) {
        telegram.stubFor(post(urlEqualTo(path(method))).withFormParam("chat_id", equalTo(Long.toString(chat)))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(json)));
    }

    @Override
    public void init(Map<String, String> initArgs) {
        polling = "polling".equals(initArgs.get("mode"));
    }

    @Override
    protected Map<String, String> configure() {
        answer("getMe", "{\"ok\":true,\"result\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"briefbot\",\"username\":\""
                + BOT_USERNAME + "\",\"can_join_groups\":true,\"can_read_all_group_messages\":false,\"supports_inline_queries\":false}}");
        answer("setMyCommands", TRUE);
        answer("setWebhook", "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
        answer("deleteWebhook", "{\"ok\":true,\"result\":true,\"description\":\"Webhook is already deleted\"}");
        answer("answerCallbackQuery", TRUE);
        answer("sendMessage", SENT_MESSAGE);
        answer("editMessageText", SENT_MESSAGE);
        answer("sendPhoto", SENT_PHOTO);
        if (polling) {
            serveOneUpdate();
        }
        return Map.of("briefbot.telegram.api-url", server.baseUrl());
    }

    private void answer(String method, String json) {
        server.stubFor(post(urlEqualTo(path(method))).willReturn(okJson(json)));
    }

    private void serveOneUpdate() {
        String update = "{\"ok\":true,\"result\":[" + TelegramUpdateJson.privateMessage(700_001, POLLING_CHAT, "/help") + "]}";
        server.stubFor(post(urlEqualTo(path("getUpdates"))).inScenario("updates").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(update)).willSetStateTo("delivered"));
        // A long poll that finds nothing answers after a while; the delay keeps the poller from spinning.
        server.stubFor(post(urlEqualTo(path("getUpdates"))).inScenario("updates").whenScenarioStateIs("delivered")
                .willReturn(okJson("{\"ok\":true,\"result\":[]}").withFixedDelay(200)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(json);
    }
}
