package io.briefbot.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import io.briefbot.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IssueIngestResourceTest {

    static final String TOKEN = "test-admin-token";

    @BeforeEach
    void emptyArchive() {
        Archive.clear();
    }

    @Test
    void storesAnIssueAndAnswersItsStructure() {
        post(Fixtures.resource("api/harbour-issue.txt"), "text/plain", "?date=2026-10-05")
                .statusCode(201)
                .header("Location", containsString("/api/issues/"))
                .body("outcome", equalTo("CREATED"))
                .body("id", notNullValue())
                .body("publication", equalTo("China.Table"))
                .body("date", equalTo("2026-10-05"))
                .body("title", equalTo("Harbour fees + Cyber drills"))
                .body("headlines", contains("Harbour fees rise in Tianjin", "Banks rehearse a cyber attack", "Column: Why tea prices matter"))
                .body("editorial.author", equalTo("Tom Brenner"))
                .body("editorial.paragraphs", hasSize(2))
                .body("articles", hasSize(2))
                .body("articles[0].section", equalTo("Feature"))
                .body("articles[0].title", equalTo("Tianjin raises harbour fees for the second time"))
                .body("articles[0].lede", startsWith("The port authority of Tianjin"))
                .body("articles[0].paragraphs", hasSize(2))
                .body("articles[0].tags", contains("Ports", "Logistics", "Local finance"))
                .body("articles[1].section", equalTo("News"))
                .body("articles[1].tags", contains("Cyber", "Cybersecurity", "Banking"));
        assertThat(Archive.issueCount()).isEqualTo(1);
    }

    @Test
    void theSameContentAgainStoresNothingNew() {
        byte[] issue = Fixtures.resource("api/harbour-issue.txt");
        long id = post(issue, "text/plain", "").statusCode(201).extract().jsonPath().getLong("id");

        post(issue, "text/plain", "").statusCode(200).body("outcome", equalTo("DUPLICATE")).body("id", equalTo((int) id));
        assertThat(Archive.issueCount()).isEqualTo(1);
    }

    @Test
    void aCorrectedVersionReplacesTheStoredOneAndKeepsItsIds() {
        ExtractableResponse<Response> first = post(Fixtures.resource("api/harbour-issue.txt"), "text/plain", "?date=2026-10-05")
                .statusCode(201).extract();
        long id = first.jsonPath().getLong("id");
        List<Long> articleIds = first.jsonPath().getList("articles.id", Long.class);

        ExtractableResponse<Response> corrected = post(Fixtures.resource("api/harbour-issue-corrected.txt"), "text/plain", "?date=2026-10-05")
                .statusCode(200)
                .body("outcome", equalTo("UPDATED"))
                .body("articles[0].lede", containsString("another seven percent"))
                .extract();

        assertThat(corrected.jsonPath().getLong("id")).isEqualTo(id);
        assertThat(corrected.jsonPath().getList("articles.id", Long.class)).isEqualTo(articleIds);
        assertThat(Archive.issueCount()).isEqualTo(1);
        given().get("/api/issues/" + id).then().statusCode(200).body("articles[0].lede", containsString("another seven percent"));
    }

    @Test
    void theSameContentOnAnotherDayIsAnotherEditionOnlyWhenItsDateDiffers() {
        post(Fixtures.resource("api/harbour-issue.txt"), "text/plain", "?date=2026-10-05").statusCode(201);
        post(Fixtures.resource("api/harbour-issue-corrected.txt"), "text/plain", "?date=2026-10-06").statusCode(201);
        assertThat(Archive.issueCount()).isEqualTo(2);
    }

    @Test
    void refusesTextThatIsNotAnIssueAndStoresNothing() {
        post(Fixtures.resource("api/not-an-issue.txt"), "text/plain", "")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("title", notNullValue())
                .body("detail", containsString("does not look like"));
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void countsIngestsAndRefusalsInTheMetrics() {
        post(Fixtures.resource("api/harbour-issue.txt"), "text/plain", "").statusCode(201);
        post(Fixtures.resource("api/not-an-issue.txt"), "text/plain", "").statusCode(422);
        given().get(Management.url("/q/metrics")).then().statusCode(200)
                .body(containsString("briefbot_ingests_total{outcome=\"created\",source=\"api\"}"))
                .body(containsString("briefbot_ingests_total{outcome=\"refused\",source=\"api\"}"))
                .body(containsString("briefbot_parse_refusals_total{reason=\"not_an_issue\"}"));
        given().get(Management.url("/q/health/ready")).then().statusCode(200).body(containsString("UP"));
    }

    @Test
    void refusesEmptyAndBinaryInput() {
        post(new byte[0], "text/plain", "").statusCode(422).body("detail", containsString("empty"));
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        post(binary, "application/octet-stream", "").statusCode(422).body("detail", containsString("binary"));
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void refusesInputOverTwoMebibytesWith413() {
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        post(huge, "text/plain", "").statusCode(413).contentType("application/problem+json").body("detail", containsString("2 MiB"));
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void refusesABadDateParameter() {
        post(Fixtures.resource("api/harbour-issue.txt"), "text/plain", "?date=5.10.2026")
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("ISO date"));
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void needsTheAdminToken() {
        given().contentType("text/plain").body(Fixtures.resource("api/harbour-issue.txt"))
                .post("/api/issues").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer wrong-token").contentType("text/plain").body(Fixtures.resource("api/harbour-issue.txt"))
                .post("/api/issues").then().statusCode(401).contentType("application/problem+json");
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void previewParsesWithoutStoring() {
        given().header("Authorization", "Bearer " + TOKEN).contentType("text/plain").body(Fixtures.resource("api/harbour-issue.txt"))
                .post("/api/parse?publication=Harbour.Table")
                .then().statusCode(200)
                .body("id", nullValue())
                .body("publication", equalTo("Harbour.Table"))
                .body("articles", hasSize(2));
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void theSharedSampleParsesIntoItsKnownStructure() throws Exception {
        Path sample = Fixtures.sharedSample().orElse(null);
        Assumptions.assumeTrue(sample != null, "../shared/samples is not beside the project");
        String json = post(Files.readAllBytes(sample), "text/plain; charset=utf-8", "")
                .statusCode(201)
                .body("publication", equalTo("China.Table"))
                .body("headlines", hasSize(8))
                .body("editorial.author", equalTo("Finn Mayer-Kuckuk"))
                .body("articles", hasSize(1))
                .body("articles[0].section", equalTo("Feature"))
                .body("articles[0].title", equalTo("The catastrophic police data leak has consequences"))
                .body("articles[0].lede", startsWith("Perfect surveillance meets"))
                .body("articles[0].tags", contains("Cyber", "Cybersecurity", "Data", "Data protection", "Li Keqiang", "Technology"))
                .extract().asString();
        assertThat(json).doesNotContain("Continue reading", "Professional Briefing", "Log in now");
    }

    private static io.restassured.response.ValidatableResponse post(byte[] body, String contentType, String query) {
        return given().header("Authorization", "Bearer " + TOKEN)
                .contentType(contentType)
                .body(body)
                .post("/api/issues" + query)
                .then();
    }
}
