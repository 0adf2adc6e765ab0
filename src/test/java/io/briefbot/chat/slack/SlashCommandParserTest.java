package io.briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlashCommandParserTest {

    private static final String HOOK = "https://hooks.slack.com/commands/T0TEAM001/1234/abcd";
    private static final AppConfig CONFIG = AppConfig.builder().signingSecret("test-signing-secret").singleTeamBotToken("xoxb-test")
            .verificationToken(null).clientId(null).clientSecret(null).build();

    private final SlackRequestParser bolts = new SlackRequestParser(CONFIG);
    private final SlackRequestParser ours = new SlashCommandParser(CONFIG);

    @Test
    void readsASlashCommandAsBoltDoes() {
        for (String body : List.of(
                SlackPayloads.slashCommand("T0TEAM001", "C0NEWS001", "/today", "", HOOK),
                SlackPayloads.slashCommand("T0TEAM001", "C0NEWS001", "/briefing", "issue 8 July", HOOK),
                SlackPayloads.slashCommand("T0TEAM001", "C0NEWS001", "/search", "caf\u00e9 & tea = 100% \u65b0\u805e", HOOK),
                "command=%2Ftoday&text=a%3Db&team_id=T1&user_name=a=b=&channel_id=&=orphan&broken=1=2&\n user_id=U1&")) {
            Request<?> expected = bolts.parse(http(body));
            Request<?> actual = ours.parse(http(body));

            assertThat(actual).isInstanceOf(SlashCommandRequest.class);
            assertThat(((SlashCommandRequest) actual).getPayload())
                    .isEqualTo(((SlashCommandRequest) expected).getPayload())
                    .isEqualTo(new SlashCommandPayloadParser().parse(body));
            assertThat(actual.getRequestBodyAsString()).isEqualTo(body);
            assertThat(actual.getQueryString()).isEqualTo(expected.getQueryString());
            assertThat(actual.getClientIpAddress()).isEqualTo(expected.getClientIpAddress()).isEqualTo("10.1.2.3");
            assertThat(actual.getContext().getBotToken()).isEqualTo(expected.getContext().getBotToken()).isEqualTo("xoxb-test");
        }
    }

    @Test
    void leavesEverythingButSlashCommandsToBolt() {
        String event = "{\"type\":\"url_verification\",\"challenge\":\"abc\",\"token\":\"x\"}";
        // A form that carries a payload is interactivity to Bolt, whatever else it carries.
        String action = SlackPayloads.blockAction("T0TEAM001", "C0NEWS001", "1764400000.000700", "/help", HOOK) + "&command=%2Ftoday";

        assertThat(ours.parse(http(event)).getRequestType()).isEqualTo(RequestType.UrlVerification);
        assertThat(ours.parse(http(action)).getRequestType()).isEqualTo(bolts.parse(http(action)).getRequestType())
                .isEqualTo(RequestType.BlockAction);
        assertThat(ours.parse(http("text=hello&user_id=U1"))).isNull();
        assertThat(SlashCommandParser.command("")).isEmpty();
    }

    @Test
    void refusesABrokenEscapeAsBoltDoes() {
        String body = "command=%2Ftoday&text=100%";

        assertThatThrownBy(() -> bolts.parse(http(body))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ours.parse(http(body))).isInstanceOf(IllegalArgumentException.class);
    }

    private static SlackRequestParser.HttpRequest http(String body) {
        return SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .queryString(Map.of("source", List.of("test")))
                .headers(new RequestHeaders(Map.of("X-Forwarded-For", List.of("10.1.2.3"),
                        "Content-Type", List.of("application/x-www-form-urlencoded"))))
                .requestBody(body)
                .build();
    }
}
