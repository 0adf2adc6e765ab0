package io.briefbot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.util.Map;

/**
 * A Telegram stand-in for fan-out tests: sendMessage answered by {@link FloodLimitedBotApi} (429 with retry_after
 * on every 20th call; init arguments "every" and "retry-after" change that), the calls made at start answered
 * like the Bot API. Turns Telegram on in webhook mode for every chat. Tests get the {@link FloodLimitedBotApi}
 * (and the WireMockServer) injected into fields of those types.
 */
public class FloodLimitedTelegram extends LoopbackWireMock {

    public static final String TOKEN = "123456789:AAflood-limited-stand-in";

    private FloodLimitedBotApi api = new FloodLimitedBotApi(20, 1);

    public static String path(String method) {
        return "/bot" + TOKEN + "/" + method;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        api = new FloodLimitedBotApi(Integer.parseInt(initArgs.getOrDefault("every", "20")),
                Integer.parseInt(initArgs.getOrDefault("retry-after", "1")));
    }

    @Override
    protected WireMockConfiguration withExtensions(WireMockConfiguration options) {
        return options.extensions(api);
    }

    @Override
    protected Map<String, String> configure() {
        answer("getMe", "{\"ok\":true,\"result\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"briefbot\","
                + "\"username\":\"briefbot_test_bot\",\"can_join_groups\":true,\"can_read_all_group_messages\":false,"
                + "\"supports_inline_queries\":false}}");
        answer("setMyCommands", "{\"ok\":true,\"result\":true}");
        answer("setWebhook", "{\"ok\":true,\"result\":true,\"description\":\"Webhook was set\"}");
        server.stubFor(post(urlEqualTo(path("sendMessage"))).willReturn(aResponse().withTransformers(FloodLimitedBotApi.NAME)));
        return Map.of(
                // application.properties keeps Telegram off under %test; only a %test key overrides that.
                "%test.briefbot.telegram.bot-token", TOKEN,
                "briefbot.telegram.api-url", server.baseUrl(),
                "briefbot.telegram.webhook-url", "https://briefbot.example.org/telegram/webhook",
                "briefbot.telegram.webhook-secret", "flood-limited-secret",
                "briefbot.telegram.chats", "*");
    }

    @Override
    public void inject(TestInjector testInjector) {
        super.inject(testInjector);
        testInjector.injectIntoFields(api, new TestInjector.MatchesType(FloodLimitedBotApi.class));
    }

    private void answer(String method, String json) {
        server.stubFor(post(urlEqualTo(path(method))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(json)));
    }
}
