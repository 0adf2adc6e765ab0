package io.briefbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.ArchiveDatabase;
import io.briefbot.testing.FixtureIssues;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusMainTest
class BackfillCommandTest {

    private static final String ARTICLE_TITLED = "select count(distinct a.issue_id) from article a where a.title = ?";

    @Test
    void importsAFolderAndSummarisesDuplicatesAndRefusals(QuarkusMainLauncher launcher) throws IOException {
        Path folder = freshFolder();
        List<String> titles = new ArrayList<>();
        LocalDate date = LocalDate.of(2023, 3, 1);
        for (int i = 0; i < 12; i++) {
            String title = FixtureIssues.uniqueTitle("Backfilled " + i);
            titles.add(title);
            String topic = FixtureIssues.uniqueTopic("Backfill");
            Path file = i % 2 == 0
                    ? folder.resolve("eml").resolve("issue-" + i + ".eml")
                    : folder.resolve("text").resolve("2023").resolve("issue-" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, i % 2 == 0 ? FixtureIssues.eml(topic, date.plusDays(i), title) : FixtureIssues.text(topic, title));
        }
        Files.copy(folder.resolve("eml/issue-0.eml"), folder.resolve("copy-of-issue-0.eml"));
        Files.writeString(folder.resolve("blank.txt"), "  \n");
        Files.writeString(folder.resolve(".hidden.txt"), "");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/config"), "");

        LaunchResult result = launcher.launch("backfill", folder.toString(), "--threads", "2");

        assertThat(result.exitCode()).as(result.getErrorOutput()).isEqualTo(1);
        assertThat(result.getOutput())
                .contains("14 files")
                .contains("ingested:   12 (12 created, 0 updated)")
                .contains("duplicates: 1")
                .contains("refused:    1")
                .contains("1 × EMPTY")
                .contains("blank.txt")
                .doesNotContain(".hidden.txt");
        for (String title : titles) {
            assertThat(ArchiveDatabase.count(ARTICLE_TITLED, title)).as(title).isEqualTo(1);
        }
        assertThat(ArchiveDatabase.count("select count(*) from issue i join article a on a.issue_id = i.id where a.title = ? and i.source = 'IMPORT'",
                titles.get(0))).isEqualTo(1);
    }

    @Test
    void exitsWithZeroWhenNothingIsRefused(QuarkusMainLauncher launcher) throws IOException {
        Path folder = freshFolder();
        String title = FixtureIssues.uniqueTitle("Clean backfill");
        Files.writeString(folder.resolve("only.txt"), FixtureIssues.text(FixtureIssues.uniqueTopic("Clean"), title));

        LaunchResult result = launcher.launch("backfill", folder.toString(), "--publication", "Clean " + UUID.randomUUID());

        assertThat(result.exitCode()).as(result.getErrorOutput()).isZero();
        assertThat(result.getOutput()).contains("ingested:   1 (1 created, 0 updated)").contains("refused:    0");
        assertThat(ArchiveDatabase.count(ARTICLE_TITLED, title)).isEqualTo(1);
    }

    @Test
    void exitsWithTwoForAMissingFolder(QuarkusMainLauncher launcher) {
        LaunchResult result = launcher.launch("backfill", "/nonexistent/" + UUID.randomUUID());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.getErrorOutput()).contains("Not a folder");
    }

    private static Path freshFolder() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("briefbot.data-dir", "target/test-data"),
                "backfill-" + UUID.randomUUID()));
    }
}
