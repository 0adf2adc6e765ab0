package io.briefbot.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.Archive;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** No endpoint reads a body past 3 MiB: the console's API and the ingest endpoint alike answer 413. */
@QuarkusTest
class RequestSizeLimitTest {

    private static final byte[] FOUR_MIB = filled(4 * 1024 * 1024);

    @Test
    void bodiesOverTheLimitAreRefusedEverywhere() {
        given().contentType("application/json").body(FOUR_MIB).post("/console/api/command").then().statusCode(413);
        long before = Archive.issueCount();
        given().header("Authorization", "Bearer test-admin-token").contentType("text/plain").body(FOUR_MIB)
                .post("/api/issues").then().statusCode(413);
        assertThat(Archive.issueCount()).isEqualTo(before);
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'a');
        return bytes;
    }
}
