package io.briefbot.ingest.parse;

import io.briefbot.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The real China.Table issue shared with the team; its text stays outside the repository. */
class SharedSampleTest {

    @Test
    void parsesTheRealChinaTableIssue() throws IOException {
        Path sample = Fixtures.sharedSample().orElse(null);
        assumeTrue(sample != null, "../shared/samples is not beside the project");

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
