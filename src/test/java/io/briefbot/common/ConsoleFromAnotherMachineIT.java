package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.NetworkNamespace;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console and the read API from this machine and from another one: a network namespace joined by a
 * veth pair, reaching briefbot at the pair's host-side address.
 */
class ConsoleFromAnotherMachineIT {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path temp;

    private NetworkNamespace otherMachine;

    @BeforeEach
    void createOtherMachine() throws Exception {
        otherMachine = NetworkNamespace.create();
    }

    @AfterEach
    void tearDown() throws Exception {
        BriefbotProcess.destroyAll(temp);
        otherMachine.close();
    }

    @Test
    void withoutAPasswordOnlyThisMachineSeesTheArchive() throws Exception {
        BriefbotProcess briefbot = BriefbotProcess.start(temp.resolve("data"),
                Map.of("BRIEFBOT_HTTP_HOST", "0.0.0.0", "BRIEFBOT_MANAGEMENT_HOST", "0.0.0.0"));
        assertThat(briefbot.get("/").statusCode()).isEqualTo(200);
        assertThat(briefbot.get("/api/issues").statusCode()).isEqualTo(200);

        String base = "http://" + otherMachine.hostAddress() + ":" + briefbot.httpPort();
        assertThat(status(base + "/")).isEqualTo("403");
        assertThat(status(base + "/api/issues")).isEqualTo("403");
        assertThat(status(base + "/api/tags")).isEqualTo("403");
        assertThat(otherMachine.curl("-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H", "Content-Type: application/json",
                "--data", "{\"text\":\"/today\"}", base + "/console/api/command")).isEqualTo("403");
        assertThat(otherMachine.curl(base + "/")).contains("BRIEFBOT_CONSOLE_PASSWORD").doesNotContain("<html");
        // health, for the orchestrator, is on the management port, and only there
        assertThat(status("http://" + otherMachine.hostAddress() + ":" + briefbot.managementPort() + "/q/health/live")).isEqualTo("200");
        assertThat(status(base + "/q/health/live")).isEqualTo("404");
        assertThat(status(base + "/q/metrics")).isEqualTo("404");
    }

    @Test
    void withAPasswordAnotherMachineSignsIn() throws Exception {
        BriefbotProcess briefbot = BriefbotProcess.start(temp.resolve("data"),
                Map.of("BRIEFBOT_HTTP_HOST", "0.0.0.0", "BRIEFBOT_CONSOLE_PASSWORD", PASSWORD));
        HttpResponse<String> local = briefbot.get("/");
        assertThat(local.statusCode()).isEqualTo(200);
        assertThat(local.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));

        String base = "http://" + otherMachine.hostAddress() + ":" + briefbot.httpPort();
        assertThat(otherMachine.curl("-o", "/dev/null", "-D", "-", base + "/"))
                .startsWith("HTTP/1.1 401").containsIgnoringCase("www-authenticate: Basic realm=\"briefbot\"");
        assertThat(otherMachine.curl("-o", "/dev/null", "-w", "%{http_code}", "-u", "editor:not the password", base + "/")).isEqualTo("401");
        assertThat(otherMachine.curl("-o", "/dev/null", "-w", "%{http_code}", "-H",
                "Authorization: Basic " + Base64.getEncoder().encodeToString("editor".getBytes()), base + "/")).isEqualTo("401");

        String signedIn = otherMachine.curl("-D", "-", "-u", "editor:" + PASSWORD, base + "/");
        assertThat(signedIn).startsWith("HTTP/1.1 200").contains("<html")
                .containsIgnoringCase("content-security-policy: default-src 'none'")
                .containsIgnoringCase("x-content-type-options: nosniff")
                .containsIgnoringCase("x-frame-options: DENY")
                .containsIgnoringCase("referrer-policy: no-referrer")
                .containsIgnoringCase("cache-control: no-store");
        assertThat(otherMachine.curl("-o", "/dev/null", "-w", "%{http_code}", "-u", "editor:" + PASSWORD, base + "/api/issues")).isEqualTo("200");
        assertThat(otherMachine.curl("-o", "/dev/null", "-w", "%{http_code}", "-u", "editor:" + PASSWORD, "-X", "POST",
                "-H", "Content-Type: application/json", "--data", "{\"text\":\"/help\"}", base + "/console/api/command")).isEqualTo("200");
    }

    private String status(String url) throws Exception {
        return otherMachine.curl("-o", "/dev/null", "-w", "%{http_code}", url);
    }
}
