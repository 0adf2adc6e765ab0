package io.briefbot.ingest.parse;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.Issue;
import io.briefbot.testing.Archive;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs through {@code POST /api/issues}: never a 5xx, every refusal a problem body with a reason,
 * and nothing stored from a refused input: the archive grows by exactly the inputs it accepted.
 */
@QuarkusTest
class IngestFuzzTest {

    private static final int INPUTS = 3_000;

    @Test
    void hostileInputsAreStoredWholeOrNotAtAll() {
        Archive.clear();
        HostileInputs generator = new HostileInputs(Long.getLong("fuzz.seed", 20_261_129L) + 1);
        List<String> problems = new ArrayList<>();
        int created = 0;
        int refused = 0;
        for (int i = 0; i < INPUTS; i++) {
            HostileInputs.Input input = generator.next();
            Response response = given().header("Authorization", "Bearer test-admin-token")
                    .contentType(input.contentType() == null ? "application/octet-stream" : input.contentType())
                    .body(input.bytes())
                    .post("/api/issues");
            int status = response.statusCode();
            if (status == 201) {
                created++;
            } else if (status == 422 || status == 413 || status == 400) {
                refused++;
                if (!response.contentType().startsWith("application/problem+json") || response.jsonPath().getString("detail") == null) {
                    problems.add(status + " without a problem body for " + input.preview());
                }
            } else if (status != 200) {
                problems.add(status + " for " + input.preview());
            }
        }
        assertThat(problems).isEmpty();
        assertThat(refused).isPositive();
        assertThat(created).isPositive();
        assertThat(Archive.issueCount()).as("issues stored: one per 201").isEqualTo(created);
        List<String> hollow = QuarkusTransaction.requiringNew().<List<String>>call(() -> Issue.<Issue>streamAll()
                .filter(issue -> issue.articles.isEmpty() && issue.headlines.isEmpty())
                .map(issue -> issue.publication + " " + issue.date)
                .toList());
        assertThat(hollow).as("stored issues without any content").isEmpty();
    }
}
