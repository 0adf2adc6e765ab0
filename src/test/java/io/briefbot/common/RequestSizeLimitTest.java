package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.AnnouncedBody;
import io.briefbot.testing.Archive;
import io.briefbot.testing.ChunkedUpload;
import io.briefbot.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * No endpoint reads a body past 3 MiB: one that announces more is refused at once, and one sent in chunks
 * is cut off at the limit, answered 413 and its connection closed.
 */
@QuarkusTest
class RequestSizeLimitTest {

    private static final long THREE_MIB = 3L * 1024 * 1024;
    private static final long FOUR_MIB = 4L * 1024 * 1024;
    private static final String ADMIN = "Authorization: Bearer test-admin-token";

    @Test
    void bodiesOverTheLimitAreRefusedEverywhere() throws IOException {
        assertThat(AnnouncedBody.statusLine("/console/api/command", FOUR_MIB, "Content-Type: application/json")).startsWith("HTTP/1.1 413");
        long before = Archive.issueCount();
        assertThat(AnnouncedBody.statusLine("/api/issues", FOUR_MIB, "Content-Type: text/plain", ADMIN))
                .startsWith("HTTP/1.1 413");
        assertThat(Archive.issueCount()).isEqualTo(before);
    }

    @Test
    void aClientOfferingHttp2IsAnsweredInHttp11WithItsBodyRead() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> parsed = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + "/api/parse"))
                .header("Authorization", "Bearer test-admin-token").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.resource("api/harbour-issue.txt"))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(parsed.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(parsed.statusCode()).as(parsed.body()).isEqualTo(200);
        assertThat(parsed.body()).contains("Harbour fees rise in Tianjin");
    }

    @Test
    void chunkedBodiesAreCutOffAtTheLimitEverywhere() throws Exception {
        long before = Archive.issueCount();
        for (Map.Entry<String, String[]> post : Map.of(
                "/api/issues", new String[] {"Content-Type: text/plain", ADMIN},
                "/api/parse", new String[] {"Content-Type: text/plain", ADMIN},
                "/api/inbound/email", new String[] {"Content-Type: message/rfc822", ADMIN},
                "/api/admin/deliveries/run", new String[] {"Content-Type: application/json", ADMIN},
                "/console/api/command", new String[] {"Content-Type: application/json"},
                "/no/such/path", new String[] {"Content-Type: text/plain"}).entrySet()) {
            ChunkedUpload.Outcome outcome = ChunkedUpload.send(RestAssured.port, post.getKey(), 20L * 1024 * 1024, post.getValue());

            assertThat(outcome.status()).as("%s answered %s", post.getKey(), outcome.statusLine()).isEqualTo(413);
            assertThat(outcome.bytesSent()).as(post.getKey()).isLessThanOrEqualTo(THREE_MIB + ChunkedUpload.UNREAD_ALLOWANCE);
            assertThat(outcome.closed()).as("%s closed the connection", post.getKey()).isTrue();
        }
        assertThat(Archive.issueCount()).isEqualTo(before);
    }
}
