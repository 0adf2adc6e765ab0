package io.briefbot.chat;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.format.HelpReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The router answers a user over the limit with a friendly notice, and counts commands by platform, name and outcome. */
@QuarkusTest
@TestProfile(RateLimitedCommandsTest.ThreeAMinute.class)
class RateLimitedCommandsTest {

    public static class ThreeAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.briefbot.rate-limit.per-minute", "3");
        }
    }

    @Inject
    CommandRouter router;

    @Test
    void aUserOverTheLimitIsToldToWait() {
        ChatRequest help = new ChatRequest(Platform.TELEGRAM, null, "-77", "7001", "/help");
        for (int i = 0; i < 3; i++) {
            assertThat(router.handle(help)).isInstanceOf(HelpReply.class);
        }
        Reply fourth = router.handle(help);
        assertThat(fourth).isInstanceOfSatisfying(NoticeReply.class,
                notice -> assertThat(notice.text()).contains("faster than I can answer").containsPattern("wait \\d+ seconds"));
        assertThat(router.handle(new ChatRequest(Platform.TELEGRAM, null, "-77", "7002", "/help"))).isInstanceOf(HelpReply.class);

        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("briefbot_commands_seconds_count\\{command=\"help\",outcome=\"limited\",platform=\"telegram\"} 1\\.0")
                .containsPattern("briefbot_commands_seconds_count\\{command=\"help\",outcome=\"answered\",platform=\"telegram\"} 4\\.0")
                .contains("briefbot_commands_seconds_bucket{command=\"help\"");
    }
}
