package io.briefbot.ingest.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.briefbot.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(IngestWithoutAdminTokenTest.NoAdminToken.class)
class IngestWithoutAdminTokenTest {

    public static class NoAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("briefbot.admin.token", "");
        }
    }

    @Test
    void theIngestEndpointsAreDisabled() {
        for (String path : new String[] {"/api/issues", "/api/parse", "/api/inbound/email"}) {
            given().header("Authorization", "Bearer anything").contentType("text/plain")
                    .body(Fixtures.resource("api/harbour-issue.txt"))
                    .post(path)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("BRIEFBOT_ADMIN_TOKEN"));
        }
    }
}
