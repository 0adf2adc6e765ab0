package io.briefbot.chat.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.briefbot.chat.ChatArchive;
import io.briefbot.chat.ChatTestProfile;
import io.briefbot.chat.SettableClock;
import io.briefbot.ingest.IssueIngestor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import io.restassured.path.json.JsonPath;
import io.briefbot.testing.Png;
import io.briefbot.format.TrendChart;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ChatTestProfile.class)
class ConsoleApiTest {

    @Inject
    IssueIngestor ingestor;

    @Inject
    SettableClock clock;

    @BeforeEach
    void archive() {
        clock.set(ChatArchive.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
        ChatArchive.store(ingestor);
    }

    @Test
    void aCommandAnswersWithBothPlatformsRenderings() {
        given().contentType(ContentType.JSON).body(Map.of("text", "/today"))
                .when().post("/console/api/command")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("telegram.html", everyItem(containsString("Dockworkers in Lianhai strike for a third day")))
                .body("telegram[0].keyboard", instanceOf(List.class))
                .body("slack[0].text", notNullValue())
                // Block Kit as Slack takes it: an array of blocks, not a string holding one
                .body("slack[0].blocks", instanceOf(List.class));
    }

    @Test
    void theWeeklyDigestIsPreviewedWithItsChartInlineInBothPanes() {
        JsonPath answer = given().contentType(ContentType.JSON).body(Map.of("text", "/digest weekly"))
                .when().post("/console/api/command")
                .then().statusCode(200).extract().jsonPath();

        List<String> telegram = answer.getList("telegram.html", String.class);
        assertThat(telegram.get(0)).contains("Your week", "Most used tags");
        assertThat(answer.getString("telegram[-1].picture.fileName")).startsWith("trend-").endsWith(".png");
        assertThat(answer.getString("slack[-1].picture.fileName")).startsWith("trend-");
        assertThat(answer.getString("slack[0].picture")).isNull();
        Png.assertPng(Base64.getDecoder().decode(answer.getString("slack[-1].picture.png")), TrendChart.WIDTH, TrendChart.HEIGHT);
    }

    @Test
    void anEmptyBodyIsAnsweredWithHelp() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/console/api/command")
                .then().statusCode(200)
                .body("telegram[0].html", containsString("/search"));
    }

    @Test
    void thePageIsSelfContained() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(ContentType.HTML)
                .body(containsString("briefbot"), containsString("data-command=\"/issue 8 July\""),
                        not(containsString("src=\"http")), not(containsString("href=\"http")), not(containsString("@import")),
                        not(containsString("url(")));
    }
}
