package io.briefbot.chat.console;

import static io.restassured.RestAssured.given;
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
