package io.briefbot.chat.slack;

import static io.briefbot.chat.slack.SlackApiStandIn.SIGNING_SECRET;
import static io.briefbot.chat.slack.SlackApiStandIn.TEAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import io.briefbot.testing.SlackSigner;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Slack's unsigned ssl_check ping is answered, and nothing else passes for one: a slash command carrying
 * {@code ssl_check=1} is refused before it reaches the router, so forging them in another user's name does
 * not use up that user's commands.
 */
@QuarkusTest
@TestProfile(SlackSslCheckTest.ProductionRateLimit.class)
@QuarkusTestResource(value = SlackApiStandIn.class, restrictToAnnotatedClass = true)
class SlackSslCheckTest {

    private static final String EVENTS = "/slack/events";
    private static final String FORM = "application/x-www-form-urlencoded; charset=utf-8";
    private static final String VICTIM = "U0ADA0001";

    /** The default of BRIEFBOT_RATE_LIMIT, instead of the tests' practically unlimited one. */
    public static class ProductionRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.briefbot.rate-limit.per-minute", "30");
        }
    }

    @Inject
    IssueIngestor ingestor;

    @Test
    void slacksUnsignedSslCheckIsAnsweredWithAnEmpty200() {
        Response response = given().contentType(FORM).body(SlackPayloads.sslCheck()).post(EVENTS);

        response.then().statusCode(200);
        assertThat(response.asString()).isEmpty();
    }

    @Test
    void forgedCommandsCarryingSslCheckAreRefusedAndDoNotUseUpTheirUsersLimit() {
        Archive.clear();
        IssueJson issue = ingestor.ingest(IngestRequest.of(Fixtures.resource("api/harbour-issue.txt"), "text/plain", IngestSource.API)).issue();
        // the victim's first /today puts the answer in memory, where a forged one would be answered from
        assertThat(signedToday()).contains(issue.headlines().get(0));

        String forged = "team_id=" + TEAM + "&channel_id=C0FORGED3&user_id=" + VICTIM + "&command=%2Ftoday&text=&ssl_check=1";
        assertThat(forged).hasSizeLessThan(512);
        for (int i = 0; i < 35; i++) {
            given().contentType(FORM).body(forged).post(EVENTS).then().statusCode(401);
        }

        assertThat(signedToday()).doesNotContain("faster than I can answer").contains(issue.headlines().get(0));
    }

    private static String signedToday() {
        String command = SlackPayloads.slashCommand(TEAM, "C0VICTIM1", "/today", "", "http://127.0.0.1:9/hooks/unused");
        assertThat(command).contains("user_id=" + VICTIM);
        long now = Instant.now().getEpochSecond();
        return given().header("X-Slack-Request-Timestamp", now)
                .header("X-Slack-Signature", SlackSigner.signature(SIGNING_SECRET, now, command))
                .contentType(FORM).body(command).post(EVENTS)
                .then().statusCode(200).extract().asString();
    }
}
