package io.briefbot.briefing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArchiveResourceTest {

    @Inject
    IssueIngestor ingestor;

    long olderId;
    long newerId;

    @BeforeEach
    void twoIssues() {
        Archive.clear();
        LocalDate today = LocalDate.now();
        olderId = store("api/harbour-issue.txt", today.minusDays(2));
        newerId = store("api/harbour-issue-corrected.txt", today.minusDays(1));
    }

    @Test
    void listsIssuesNewestFirstInPages() {
        given().get("/api/issues?size=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1)).body("items[0].id", equalTo((int) newerId))
                .body("items[0].articleCount", equalTo(2));
        given().get("/api/issues?size=1&page=1").then().statusCode(200).body("items[0].id", equalTo((int) olderId));
        given().get("/api/issues?size=1000").then().statusCode(400);
    }

    @Test
    void servesOneIssueAndTheLatest() {
        given().get("/api/issues/" + olderId).then().statusCode(200).body("id", equalTo((int) olderId))
                .body("editorial.author", equalTo("Tom Brenner"));
        given().get("/api/issues/latest").then().statusCode(200).body("id", equalTo((int) newerId));
        given().get("/api/issues/latest?publication=china.table").then().statusCode(200).body("id", equalTo((int) newerId));
        given().get("/api/issues/latest?publication=Nowhere.Table").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Nowhere.Table"));
        given().get("/api/issues/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void findsArticlesByTagIgnoringCaseAndSuggestsLongerTags() {
        given().get("/api/articles?tag=cyber").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.title", everyItem(equalTo("Banks rehearse a cyber attack")))
                .body("items[0].date", equalTo(LocalDate.now().minusDays(1).toString()))
                .body("suggestions", contains("Cybersecurity"));
        given().get("/api/articles?tag=LOGISTICS&size=1").then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(1));
    }

    @Test
    void suggestsNearTagsForAnUnknownOne() {
        given().get("/api/articles?tag=logistic").then().statusCode(200)
                .body("total", equalTo(0)).body("suggestions", hasItem("Logistics"));
    }

    @Test
    void countsTagsOverAPeriod() {
        given().get("/api/tags?days=30").then().statusCode(200)
                .body("find { it.tag == 'Cyber' }.count", equalTo(2))
                .body("tag", hasItem("Local finance"));
        given().get("/api/tags?days=1").then().statusCode(200).body("tag", not(hasItem("Cyber")));
    }

    @Test
    void searchesArticlesByKeywords() {
        given().get("/api/articles?q=INTERBANK payment").then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].title", equalTo("Banks rehearse a cyber attack"));
        given().get("/api/articles?q=seven percent").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].issueId", equalTo((int) newerId));
        given().get("/api/articles").then().statusCode(400).contentType("application/problem+json");
    }

    private long store(String fixture, LocalDate date) {
        return ingestor.ingest(new IngestRequest(Fixtures.resource(fixture), "text/plain", null, date, IngestSource.API)).issue().id();
    }
}
