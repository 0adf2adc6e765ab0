package io.briefbot.ingest.api;

import io.briefbot.testing.Management;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.briefbot.archive.Issue;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboundEmailResourceTest {

    private static final String TOKEN = "test-admin-token";
    private static final String RFC_822 = "message/rfc822";

    @BeforeEach
    void emptyArchive() {
        Archive.clear();
    }

    @Test
    void storesAnEmailFromItsHtmlPartDateHeaderAndSender() {
        long id = post(Fixtures.resource("mailbox/html-issue.eml"), RFC_822)
                .statusCode(201)
                .header("Location", containsString("/api/issues/"))
                .body("outcome", equalTo("CREATED"))
                .body("publication", equalTo("Climate.Table"))
                .body("date", equalTo("2025-10-14"))
                .body("title", equalTo("Glacier loans + Heat pumps"))
                .body("headlines", hasSize(3))
                .body("editorial.author", equalTo("Lotte Berglund"))
                .body("articles.title", contains("Alpine towns borrow against melting glaciers", "Heat pump sales recover in the north"))
                .body("articles[0].url", equalTo("https://briefings.example/climate/glacier-loans"))
                .extract().jsonPath().getLong("id");

        QuarkusTransaction.requiringNew().run(() -> {
            Issue stored = Issue.findById(id);
            assertThat(stored.source).isEqualTo("EMAIL");
            assertThat(stored.contentType).isEqualTo(RFC_822);
            assertThat(stored.rawContent).isEqualTo(Fixtures.resource("mailbox/html-issue.eml"));
        });
    }

    @Test
    void theSameEmailAgainIsADuplicate() {
        byte[] mail = Fixtures.resource("mailbox/plain-issue.eml");
        long id = post(mail, RFC_822).statusCode(201).extract().jsonPath().getLong("id");

        post(mail, RFC_822).statusCode(200).body("outcome", equalTo("DUPLICATE")).body("id", equalTo((int) id));
        assertThat(Archive.issueCount()).isEqualTo(1);
    }

    @Test
    void anEmailThatIsNotAnIssueIsRefusedWithAReason() {
        post(Fixtures.resource("mailbox/out-of-office.eml"), RFC_822)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("does not look like a briefing"));
        given().get(Management.url("/q/metrics")).then().statusCode(200)
                .body(containsString("briefbot_ingests_total{outcome=\"refused\",source=\"email\"}"));
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void anEmailOverTwoMebibytesIsRefusedWith413() {
        byte[] huge = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        post(huge, RFC_822).statusCode(413).contentType("application/problem+json").body("detail", containsString("2 MiB"));
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void anotherContentTypeIsRefusedWith415SayingWhatToSend() {
        post(Fixtures.resource("mailbox/plain-issue.eml"), "text/plain")
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", startsWith("Send the whole raw e-mail"))
                .body("detail", containsString("message/rfc822"));
        assertThat(Archive.issueCount()).isZero();
    }

    @Test
    void needsTheAdminTokenAndIsAudited() {
        given().contentType(RFC_822).body(Fixtures.resource("mailbox/plain-issue.eml"))
                .post("/api/inbound/email").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        post(Fixtures.resource("mailbox/plain-issue.eml"), RFC_822).statusCode(201);

        assertThat(Archive.issueCount()).isEqualTo(1);
        var trail = JsonPath.from(given().header("Authorization", "Bearer " + TOKEN).queryParam("limit", 2)
                .get("/api/admin/audit").then().statusCode(200).extract().asString()).<Map<String, Object>>getList("");
        assertThat(trail).extracting(row -> row.get("path")).containsOnly("/api/inbound/email");
        assertThat(trail).extracting(row -> row.get("status")).containsExactly(201, 401);
    }

    private static ValidatableResponse post(byte[] body, String contentType) {
        return given().header("Authorization", "Bearer " + TOKEN)
                .contentType(contentType)
                .body(body)
                .post("/api/inbound/email")
                .then();
    }
}
