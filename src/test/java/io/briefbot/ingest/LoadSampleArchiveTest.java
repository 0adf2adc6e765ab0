package io.briefbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.Issue;
import io.briefbot.testing.Archive;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(LoadSampleArchiveTest.SampleArchiveOn.class)
class LoadSampleArchiveTest {

    public static class SampleArchiveOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("briefbot.sample-archive", "true");
        }
    }

    @Inject
    LoadSampleArchive loader;

    @Test
    void fillsAnEmptyArchiveOnceAndLeavesAFilledOneAlone() {
        Archive.clear();
        loader.onStart(null);
        List<String> editions = QuarkusTransaction.requiringNew().call(() -> Issue.<Issue>listAll().stream()
                .map(issue -> issue.publication + " " + issue.date + " " + issue.articles.size()).sorted().toList());
        assertThat(editions).containsExactly(
                "China.Table 2026-11-24 2", "China.Table 2026-11-25 2", "China.Table 2026-11-27 2", "Europe.Table 2026-11-26 2");

        loader.onStart(null);
        assertThat(Archive.issueCount()).isEqualTo(4);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Issue.findLatest().orElseThrow().date))
                .isEqualTo(LocalDate.of(2026, 11, 27));
    }
}
