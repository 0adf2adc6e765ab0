package io.briefbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.AnnouncedBody;
import io.briefbot.testing.Archive;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** No endpoint reads a body past 3 MiB: the console's API and the ingest endpoint alike answer 413 at once. */
@QuarkusTest
class RequestSizeLimitTest {

    private static final long FOUR_MIB = 4L * 1024 * 1024;

    @Test
    void bodiesOverTheLimitAreRefusedEverywhere() throws IOException {
        assertThat(AnnouncedBody.statusLine("/console/api/command", FOUR_MIB, "Content-Type: application/json")).startsWith("HTTP/1.1 413");
        long before = Archive.issueCount();
        assertThat(AnnouncedBody.statusLine("/api/issues", FOUR_MIB, "Content-Type: text/plain", "Authorization: Bearer test-admin-token"))
                .startsWith("HTTP/1.1 413");
        assertThat(Archive.issueCount()).isEqualTo(before);
    }
}
