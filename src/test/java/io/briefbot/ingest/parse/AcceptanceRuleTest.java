package io.briefbot.ingest.parse;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both sides of the rule documented on {@link IssueParser}. */
class AcceptanceRuleTest {

    private static final String EDITORIAL = """
            Dear reader,
            Today we look at the harvest, which was smaller than expected in most northern provinces.
            Anna Weber
            """;
    private static final String PROSE_ARTICLE = """
            Harvest falls short in the north
            The harvest in the northern provinces was eight percent smaller than last year, the ministry said on Monday.
            """;

    private static ParsedIssue parse(String text) {
        return new IssueParser().parse(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
    }

    private static void assertNotAnIssue(String text) {
        assertThatThrownBy(() -> parse(text)).isInstanceOf(IssueRejectedException.class)
                .satisfies(e -> assertThat(((IssueRejectedException) e).reason()).isEqualTo(Reason.NOT_AN_ISSUE));
    }

    @Test
    void twoHeadlinesPlusEditorialWithoutArticlesIsAnIssue() {
        ParsedIssue issue = parse("- Harvest falls short\n- Rail strike ends\n\n" + EDITORIAL);
        assertThat(issue.headlines()).hasSize(2);
        assertThat(issue.editorial().author()).isEqualTo("Anna Weber");
        assertThat(issue.articles()).isEmpty();
    }

    @Test
    void oneHeadlinePlusEditorialIsNotAnIssue() {
        assertNotAnIssue("- Harvest falls short\n\n" + EDITORIAL);
    }

    @Test
    void headlinesWithoutEditorialOrArticlesAreNotAnIssue() {
        assertNotAnIssue("- Harvest falls short\n- Rail strike ends\n- Prices rise\n");
    }

    @Test
    void titledProseWithoutAnyBriefingStructureIsNotAnIssue() {
        assertNotAnIssue(PROSE_ARTICLE);
    }

    @Test
    void theSameArticleWithASectionLabelIsAnIssue() {
        ParsedIssue issue = parse("News\n" + PROSE_ARTICLE);
        assertThat(issue.articles()).singleElement().extracting(ParsedArticle::section).isEqualTo("News");
    }

    @Test
    void theSameArticleWithABylineIsAnIssue() {
        String text = PROSE_ARTICLE.replaceFirst("\n", "\nBy Anna Weber\n");
        assertThat(parse(text).articles()).singleElement().extracting(ParsedArticle::author).isEqualTo("Anna Weber");
    }

    @Test
    void anArticleNeedsALede() {
        assertNotAnIssue("News\nHarvest falls short in the north\n");
    }
}
