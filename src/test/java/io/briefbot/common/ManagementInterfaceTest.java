package io.briefbot.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.briefbot.testing.Management;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Health and metrics are served on the management port, which nothing routes from outside, and not on the main one. */
@QuarkusTest
class ManagementInterfaceTest {

    @Test
    void healthAndMetricsAreOnTheManagementPortOnly() {
        given().get(Management.url("/q/metrics")).then().statusCode(200).body(containsString("briefbot_"));
        given().get(Management.url("/q/health/live")).then().statusCode(200).body(containsString("UP"));
        given().get(Management.url("/q/health/ready")).then().statusCode(200);

        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/live", "/q/health/ready", "/q/health/well"}) {
            given().get(path).then().statusCode(404);
        }
    }
}
