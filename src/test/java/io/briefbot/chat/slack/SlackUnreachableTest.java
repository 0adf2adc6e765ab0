package io.briefbot.chat.slack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.briefbot.testing.Await;
import io.briefbot.testing.Management;
import io.briefbot.testing.SlackSigner;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Slack being down (auth.test and Socket Mode failing) neither stops briefbot nor its HTTP endpoint. */
@QuarkusTest
@TestProfile(SlackUnreachableProfile.class)
class SlackUnreachableTest {

    @Test
    void theAppStartsAndAnswersSlackRequestsThatNeedNoWebApi() {
        String body = SlackPayloads.slashCommand(SlackApiStandIn.TEAM, "C0DOWN001", "/help", "", "http://127.0.0.1:1/hooks/x");
        long now = Instant.now().getEpochSecond();

        Response ack = given().header("X-Slack-Request-Timestamp", now)
                .header("X-Slack-Signature", SlackSigner.signature(SlackApiStandIn.SIGNING_SECRET, now, body))
                .contentType("application/x-www-form-urlencoded; charset=utf-8").body(body).post("/slack/events");

        ack.then().statusCode(200).contentType("application/json");
        assertThat(ack.jsonPath().getString("text")).isNotBlank();
    }

    @Test
    void slackBeingDownShowsInHealthButNeverInLivenessOrReadiness() {
        Await.until("Slack reported down", Duration.ofSeconds(20), () -> given().get(Management.url("/q/health/well")).statusCode() == 503);
        given().get(Management.url("/q/health/well")).then().statusCode(503)
                .body("checks.find { it.name == 'slack' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'slack' }.data.state", equalTo("unreachable"))
                .body("checks.find { it.name == 'slack' }.data.lastError", notNullValue());
        given().get(Management.url("/q/health/live")).then().statusCode(200);
        given().get(Management.url("/q/health/ready")).then().statusCode(200);
    }
}
