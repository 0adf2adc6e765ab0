package io.briefbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The package phase regenerates deploy/kubernetes from application.properties and src/main/kubernetes;
 * what it wrote must be what is committed, or the committed manifests no longer describe this build.
 */
class GeneratedManifestsIT {

    private static final List<String> MANIFESTS = List.of("deploy/kubernetes/kubernetes.yml", "deploy/kubernetes/kubernetes.json");

    @Test
    void theCommittedManifestsAreTheGeneratedOnes() throws IOException, InterruptedException {
        for (String manifest : MANIFESTS) {
            // The extension lists the HTTP and the management port in whichever order its build steps finish, so the
            // same manifest comes out with those two entries swapped from one build to the next: compare the lines as
            // a multiset, which still sees any line added, removed or changed.
            assertThat(Files.readAllLines(Path.of(manifest)))
                    .as("regenerate %s with ./mvnw package and commit it", manifest)
                    .containsExactlyInAnyOrderElementsOf(committed(manifest).lines().toList());
        }
    }

    /** As staged, so that a regenerated manifest that is added but not yet committed counts. */
    private static String committed(String manifest) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "show", ":" + manifest).start();
        String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as("git show :%s", manifest).isZero();
        return text;
    }
}
