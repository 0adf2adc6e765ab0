package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.RawRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Without a console password, the console and the read API answer only requests from this machine that are
 * addressed to it by a loopback name and not relayed by a proxy: a page whose name was re-pointed at
 * 127.0.0.1 (DNS rebinding), or a local reverse proxy, gets nothing.
 */
@QuarkusTest
class LocalRequestsOnlyTest {

    private static final List<String> LICENSED = List.of("/", "/api/issues", "/api/tags", "/api/issues/latest");

    @Test
    void requestsToALoopbackNameAreAnswered() throws IOException {
        for (String host : List.of("localhost", "127.0.0.1", "[::1]", "LOCALHOST")) {
            for (String hostHeader : List.of(host, host + ":" + RestAssured.port)) {
                assertThat(get("/api/issues", "Host: " + hostHeader)).as(hostHeader).startsWith("HTTP/1.1 200");
            }
        }
        assertThat(command("Host: localhost:" + RestAssured.port)).startsWith("HTTP/1.1 200");
    }

    @Test
    void anotherNameInTheHostHeaderIsRefused() throws IOException {
        for (String host : List.of("attacker.example:8080", "attacker.example", "localhost.attacker.example", "127.0.0.1.nip.io:8080",
                "10.0.0.5:" + RestAssured.port)) {
            for (String path : LICENSED) {
                assertThat(get(path, "Host: " + host)).as("%s for %s", path, host).startsWith("HTTP/1.1 403");
            }
            assertThat(command("Host: " + host)).as(host).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void requestsRelayedByAProxyAreRefused() throws IOException {
        String host = "Host: 127.0.0.1:" + RestAssured.port;
        for (String relayed : List.of("X-Forwarded-For: 203.0.113.7", "Forwarded: for=203.0.113.7;proto=https", "X-Forwarded-Host: localhost",
                "X-Forwarded-Proto: https", "x-forwarded-for: 127.0.0.1")) {
            for (String path : LICENSED) {
                assertThat(get(path, host, relayed)).as("%s with %s", path, relayed).startsWith("HTTP/1.1 403");
            }
            assertThat(command(host, relayed)).as(relayed).startsWith("HTTP/1.1 403");
        }
    }

    @Test
    void anAdminEndpointGoesByItsTokenWhateverTheHost() throws IOException {
        assertThat(RawRequest.statusLine("127.0.0.1", "GET", "/api/admin/audit?limit=1", "", "Host: attacker.example:8080",
                "Authorization: Bearer test-admin-token")).startsWith("HTTP/1.1 200");
    }

    private static String get(String path, String... headers) throws IOException {
        return RawRequest.statusLine("127.0.0.1", "GET", path, "", headers);
    }

    private static String command(String... headers) throws IOException {
        String[] withType = new String[headers.length + 1];
        System.arraycopy(headers, 0, withType, 0, headers.length);
        withType[headers.length] = "Content-Type: application/json";
        return RawRequest.statusLine("127.0.0.1", "POST", "/console/api/command", "{\"text\":\"/help\"}", withType);
    }
}
