package io.briefbot.ingest.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page shapes and newsletters beyond whole briefing issues, through the ingest API and back out of the archive. */
@QuarkusTest
class PageShapesIngestTest {

    @BeforeEach
    void emptyArchive() {
        Archive.clear();
    }

    @Test
    void aNewsItemWithoutTitleIsStoredWithItsDerivedTitleMarked() {
        long id = post(Fixtures.resource("fixtures/en-single-item-no-title.txt"), "text/plain; charset=utf-8", "?date=2024-05-06")
                .statusCode(201)
                .body("publication", equalTo("China.Table"))
                .body("articles", hasSize(1))
                .body("articles[0].titleDerived", equalTo(true))
                .body("articles[0].title", startsWith("The port authority of Lianhai has suspended night shifts"))
                .extract().jsonPath().getLong("id");

        given().get("/api/issues/" + id).then().statusCode(200)
                .body("articles[0].titleDerived", equalTo(true))
                .body("articles[0].lede", startsWith("The port authority of Lianhai"));
    }

    @Test
    void aTitleThePageShowsIsNotMarkedDerived() {
        post(Fixtures.resource("fixtures/en-single-item-og-title.html"), "text/html; charset=utf-8", "")
                .statusCode(201)
                .body("articles[0].title", equalTo("Lianhai suspends night shifts at container terminals"))
                .body("articles[0].titleDerived", equalTo(false));
    }

    @Test
    void anEditorialPageIsStoredAsAnIssueWithItsEditorial() {
        post(Fixtures.resource("fixtures/de-editorial-page.html"), "text/html; charset=utf-8", "")
                .statusCode(201)
                .body("date", equalTo("2022-07-08"))
                .body("editorial.author", equalTo("Markus Feld"))
                .body("editorial.paragraphs", hasSize(2))
                .body("articles", hasSize(0));
    }

    @Test
    void aNewsletterOfAnotherPublisherIsStoredUnderItsSendersName() {
        post(Fixtures.resource("fixtures/en-northpoint-am.eml"), "message/rfc822", "")
                .statusCode(201)
                .body("publication", equalTo("Northpoint AM"))
                .body("date", equalTo("2024-06-12"))
                .body("headlines", hasSize(3))
                .body("articles[0].section", equalTo("1 big thing"));
    }

    @Test
    void textWithoutStructureIsRefusedEvenWithAPublicationGiven() {
        byte[] lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
                + "labore et dolore magna aliqua.").getBytes(StandardCharsets.UTF_8);
        post(lorem, "text/plain", "?publication=Lorem.Table")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("does not look like a briefing issue or a newsletter"));
        assertThat(Archive.issueCount()).isZero();
    }

    private static ValidatableResponse post(byte[] body, String contentType, String query) {
        return given().header("Authorization", "Bearer " + IssueIngestResourceTest.TOKEN)
                .contentType(contentType)
                .body(body)
                .post("/api/issues" + query)
                .then();
    }
}
