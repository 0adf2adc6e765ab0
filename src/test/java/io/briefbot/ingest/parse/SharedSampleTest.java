package io.briefbot.ingest.parse;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real China.Table issue shared with the team; its text stays outside the repository. */
class SharedSampleTest {

    private static final String RELATIVE = "shared/samples/china-table-2022-07.txt";

    private static Path samplePath() {
        String configured = System.getProperty("briefbot.sample");
        return Stream.of(configured == null ? null : Path.of(configured), Path.of("..", RELATIVE), Path.of("/work", RELATIVE))
                .filter(p -> p != null && Files.isRegularFile(p))
                .findFirst().orElse(null);
    }

    @Test
    void parsesTheRealChinaTableIssue() throws IOException {
        Path sample = samplePath();
        assumeTrue(sample != null, "shared sample not available");

        ParsedIssue issue = new IssueParser().parse(Files.readAllBytes(sample), null);

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.date()).isNull();
        assertThat(issue.headlines()).hasSize(8)
                .startsWith("Government responds to data leak")
                .endsWith("Column: Johnny Erling on verbal kowtowing");
        assertThat(issue.editorial()).isNotNull();
        assertThat(issue.editorial().author()).isEqualTo("Finn Mayer-Kuckuk");
        assertThat(issue.editorial().paragraphs()).hasSize(3);
        assertThat(issue.editorial().paragraphs().get(0)).startsWith("To do their job, the police");
        assertThat(issue.articles()).hasSize(1);
        ParsedArticle article = issue.articles().get(0);
        assertThat(article.section()).isEqualTo("Feature");
        assertThat(article.title()).isEqualTo("The catastrophic police data leak has consequences");
        assertThat(article.lede()).startsWith("Perfect surveillance meets");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.tags()).containsExactly("Cyber", "Cybersecurity", "Data", "Data protection", "Li Keqiang",
                "Technology");
        assertThat(article.author()).isNull();
        assertThat(article.url()).isNull();
        ParsedIssueAssertions.assertCleanContent(issue);
    }
}
