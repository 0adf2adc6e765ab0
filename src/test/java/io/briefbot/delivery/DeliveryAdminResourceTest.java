package io.briefbot.delivery;

import static io.briefbot.delivery.DeliveryIssues.piece;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.FixtureIssues;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
class DeliveryAdminResourceTest {

    static final String TOKEN = "Bearer test-admin-token";
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);

    @Inject
    IssueIngestor ingestor;

    @Inject
    RecordingOutlet outlet;

    @BeforeEach
    void emptyLedger() {
        Ledgers.clear();
        outlet.reset();
    }

    @Test
    void runsThePassAsIfTheClockReadTheInstantAndListsTheDay() {
        IssueJson issue = DeliveryIssues.store(ingestor, FixtureIssues.uniqueTopic("Admin"), MONDAY, "admin run",
                piece("Crane data rules", "Ports"));
        Ledgers.subscribe("berlin", "07:30", "Europe/Berlin", Days.DAILY, null);
        Ledgers.subscribe("broken", "07:30", "Europe/Berlin", Days.DAILY, null);
        Ledgers.subscribe("new-york", "07:30", "America/New_York", Days.DAILY, null);
        outlet.failingChats("broken");

        given().header("Authorization", TOKEN)
                .when().post("/api/admin/deliveries/run?at=2026-10-12T05:30:00Z")
                .then().statusCode(200)
                .body("at", equalTo("2026-10-12T05:30:00Z"))
                .body("queued", equalTo(2))
                .body("sent", equalTo(1))
                .body("failed", equalTo(1))
                .body("retrying", equalTo(2));

        given().header("Authorization", TOKEN)
                .when().get("/api/admin/deliveries?date=2026-10-12")
                .then().statusCode(200)
                .body("date", equalTo("2026-10-12"))
                .body("sent.chatId", contains("berlin"))
                .body("sent[0].issueId", equalTo(issue.id().intValue()))
                .body("sent[0].kind", equalTo("daily"))
                .body("sent[0].messageIds", hasSize(2))
                .body("failed.chatId", contains("broken"))
                .body("failed[0].lastError", equalTo("Internal Server Error"))
                .body("failed[0].attempts", equalTo(3))
                .body("pending", empty());

        given().header("Authorization", TOKEN)
                .when().get("/api/admin/deliveries?date=2026-10-11")
                .then().statusCode(200).body("sent", empty()).body("failed", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"at=yesterday", "at=2026-10-12", "at=2026-13-01T00:00:00Z"})
    void aBadInstantIsABadRequest(String query) {
        given().header("Authorization", TOKEN)
                .when().post("/api/admin/deliveries/run?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("ISO-8601"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?date=12.10.2026", "?date=2026-10-32"})
    void aBadDayIsABadRequest(String query) {
        given().header("Authorization", TOKEN)
                .when().get("/api/admin/deliveries" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void onlyWithTheAdminToken() {
        given().when().post("/api/admin/deliveries/run").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").when().get("/api/admin/deliveries?date=2026-10-12").then().statusCode(401);
    }
}
