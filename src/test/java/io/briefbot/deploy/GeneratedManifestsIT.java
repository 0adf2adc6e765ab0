package io.briefbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The package phase regenerates deploy/kubernetes from application.properties and src/main/kubernetes;
 * what it wrote must be what is committed, or the committed manifests no longer describe this build.
 */
class GeneratedManifestsIT {

    @Test
    void theCommittedManifestsAreTheGeneratedOnes() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "status", "--porcelain", "--", "deploy/kubernetes")
                .redirectErrorStream(true)
                .start();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String changes = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.exitValue()).as(changes).isZero();
        // Second column: the working tree against the index; a staged, not yet committed change is fine.
        assertThat(changes.lines().filter(line -> line.length() > 1 && line.charAt(1) != ' '))
                .as("regenerate with ./mvnw package and commit deploy/kubernetes").isEmpty();
    }
}
