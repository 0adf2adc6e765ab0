package io.briefbot.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.RawRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminAuditTest {

    private static final String TOKEN = "test-admin-token";

    @Test
    void everyAdminRequestIsRecordedWithWhoWhatWhenAndOutcome() {
        String topic = FixtureIssues.uniqueTopic("Audit");
        given().header("Authorization", "Bearer " + TOKEN).header(AuditAdminActions.ACTOR_HEADER, "ops alice")
                .contentType("text/plain").body(FixtureIssues.text(topic, FixtureIssues.uniqueTitle("Audited")))
                .queryParam("date", "2026-03-02")
                .post("/api/issues").then().statusCode(201);
        given().header("Authorization", "Bearer wrong-" + TOKEN).contentType("text/plain").body("anything")
                .post("/api/parse").then().statusCode(401);

        List<Map<String, Object>> trail = newest(2);

        assertThat(trail).hasSize(2);
        Map<String, Object> refused = trail.get(0);
        Map<String, Object> ingest = trail.get(1);
        assertThat(ingest).containsEntry("actor", "admin:ops alice").containsEntry("method", "POST")
                .containsEntry("path", "/api/issues").containsEntry("query", "date=2026-03-02").containsEntry("status", 201);
        assertThat((String) ingest.get("remote")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat((String) ingest.get("at")).isNotBlank();
        assertThat(refused).containsEntry("actor", "unauthenticated").containsEntry("path", "/api/parse").containsEntry("status", 401);
        assertThat(trail.toString()).doesNotContain(TOKEN);
        // reading the trail is itself an admin action
        assertThat(newest(1).get(0)).containsEntry("path", "/api/admin/audit").containsEntry("query", "limit=2")
                .containsEntry("actor", "admin").containsEntry("status", 200);
    }

    private static List<Map<String, Object>> newest(int limit) {
        return JsonPath.from(given().header("Authorization", "Bearer " + TOKEN).queryParam("limit", limit)
                .get("/api/admin/audit").then().statusCode(200).extract().asString()).getList("");
    }

    @Test
    void refusedRequestsFromOneAddressWithinAMinuteAreOneRowWithTheirCount() throws Exception {
        // another loopback address than the other tests' own
        String address = "127.0.0." + ThreadLocalRandom.current().nextInt(2, 255);
        Instant start = Instant.now();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> refusals = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                String path = i % 2 == 0 ? "/api/admin/audit?limit=" + i : "/api/admin/deliveries?date=2026-03-0" + i % 10;
                refusals.add(senders.submit(() -> RawRequest.statusLine(address, "GET", path, "", "Host: 127.0.0.1",
                        "Authorization: Bearer wrong-" + TOKEN)));
            }
            for (Future<String> refusal : refusals) {
                assertThat(refusal.get()).startsWith("HTTP/1.1 401");
            }
        } finally {
            senders.shutdownNow();
        }
        Duration took = Duration.between(start, Instant.now());

        List<Map<String, Object>> rows = newest(1000).stream().filter(row -> address.equals(row.get("remote"))).toList();

        assertThat(rows).as("rows in %s", took).hasSizeBetween(1, (int) took.toMinutes() + 1);
        assertThat(rows.stream().mapToInt(row -> (Integer) row.get("count")).sum()).isEqualTo(500);
        Map<String, Object> latest = rows.get(0);
        assertThat(latest).containsEntry("actor", "unauthenticated").containsEntry("status", 401);
        assertThat(Instant.parse((String) latest.get("firstAt"))).isBefore(Instant.parse((String) latest.get("at")));
        if (took.compareTo(Duration.ofMinutes(1)) < 0) {
            assertThat(rows).hasSize(1);
            assertThat(latest).containsEntry("count", 500);
        }
    }

    @Test
    void aLimitOutsideItsRangeIsRefused() {
        given().header("Authorization", "Bearer " + TOKEN).queryParam("limit", 0).get("/api/admin/audit")
                .then().statusCode(400);
        given().get("/api/admin/audit").then().statusCode(401);
    }
}
