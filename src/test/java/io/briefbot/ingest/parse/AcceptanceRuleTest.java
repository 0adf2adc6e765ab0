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

    private static final String FOOTER = """
            Continue reading now
            … and get free access to this Professional Briefing for a month.
            Are you already a guest at the China.Table? Log in now
            """;

    private static ParsedIssue parse(String text) {
        return parse(text, null);
    }

    private static ParsedIssue parse(String text, String publication) {
        return new IssueParser().parse(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8", publication);
    }

    private static void assertNotAnIssue(String text) {
        assertNotAnIssue(text, null);
    }

    private static void assertNotAnIssue(String text, String publication) {
        assertThatThrownBy(() -> parse(text, publication)).isInstanceOf(IssueRejectedException.class)
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

    @Test
    void aHeaderAndATopicsTitleAloneAreAnIssueWhoseTitleGivesTheHeadlines() {
        ParsedIssue issue = parse("Table.Briefing: China\nHarvest + Rail strike\n");

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.headlines()).containsExactly("Harvest", "Rail strike");
    }

    @Test
    void aHeaderAndAnArticleWithoutLedeAreAnIssue() {
        ParsedIssue issue = parse("Table.Briefing: China\n\nNews\nHarvest falls short in the north\n");

        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Harvest falls short in the north");
            assertThat(article.lede()).isNull();
        });
    }

    @Test
    void theFooterAndAnEditorialAreAnIssue() {
        ParsedIssue issue = parse(EDITORIAL + FOOTER);

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.editorial().author()).isEqualTo("Anna Weber");
        assertThat(issue.articles()).isEmpty();
    }

    @Test
    void theFooterAloneIsNoIssue() {
        assertNotAnIssue(FOOTER);
    }

    @Test
    void theFooterBelowLinesThatAreNoProseIsNoIssue() {
        assertNotAnIssue("Home\nNewsletter\nAbout us\n" + FOOTER);
    }

    @Test
    void aPublicationGivenByTheCallerIsEvidence() {
        assertNotAnIssue("News\nHarvest falls short in the north\n");

        ParsedIssue issue = parse("News\nHarvest falls short in the north\n", "Harvest.Table");

        assertThat(issue.publication()).isEqualTo("Harvest.Table");
        assertThat(issue.articles()).singleElement().extracting(ParsedArticle::title).isEqualTo("Harvest falls short in the north");
    }

    @Test
    void theGivenPublicationWinsOverTheOneInTheText() {
        assertThat(parse("Table.Briefing: China\nHarvest + Rail strike\n", "Harvest.Table").publication())
                .isEqualTo("Harvest.Table");
    }

    @Test
    void aPublicationGivenForTextWithoutAnyStructureIsStillNoIssue() {
        assertNotAnIssue("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
                + "labore et dolore magna aliqua. Ut enim ad minim veniam.\n", "Lorem.Table");
    }

    @Test
    void titleAndSubtitleLinesAboveANameAreNoEditorial() {
        assertNotAnIssue("""
                The quiet rebuild of the port
                Container volumes are back, but almost nothing else is the same
                Mara Quist
                Jun 12, 2024
                Two years after the strike that closed it for a month, the port handles more containers than ever.
                """);
    }
}
