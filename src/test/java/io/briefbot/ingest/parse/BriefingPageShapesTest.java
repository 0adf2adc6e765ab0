package io.briefbot.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Pages of a known briefing that are not a whole issue: a news item, an issue cut short, an editorial alone. */
class BriefingPageShapesTest {

    private static ParsedIssue parseHtml(String html) {
        ParsedIssue issue = new IssueParser().parse(html.getBytes(StandardCharsets.UTF_8), "text/html");
        ParsedIssueAssertions.assertCleanContent(issue);
        return issue;
    }

    @Test
    void englishNewsItemWithoutATitleLineIsOneArticleTitledByItsFirstSentence() {
        ParsedIssue issue = Fixtures.parse("en-single-item-no-title.txt");

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.headlines()).isEmpty();
        assertThat(issue.editorial()).isNull();
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.titleDerived()).isTrue();
            assertThat(article.title()).isEqualTo(
                    "The port authority of Lianhai has suspended night shifts at its two container terminals after a…");
            assertThat(article.title()).hasSizeLessThanOrEqualTo(DerivedTitle.MAX_LENGTH);
            assertThat(article.lede()).startsWith("The port authority of Lianhai").endsWith("up to four days.");
            assertThat(article.paragraphs()).hasSize(2);
            assertThat(article.paragraphs().get(1)).startsWith("Freight forwarders").endsWith("than announced,\" said one logistics manager.");
        });
    }

    @Test
    void germanNewsItemWithTheGermanFooter() {
        ParsedIssue issue = Fixtures.parse("de-single-item-no-title.txt");

        assertThat(issue.publication()).isEqualTo("Europe.Table");
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.titleDerived()).isTrue();
            assertThat(article.title())
                    .isEqualTo("Die Kommission will die Zulassung von Wärmepumpen mit natürlichen Kältemitteln um sechs Monate…");
            assertThat(article.lede()).startsWith("Die Kommission will");
            assertThat(article.paragraphs()).singleElement().asString().startsWith("Hersteller hatten");
        });
    }

    @Test
    void aShortFirstSentenceIsTheWholeDerivedTitle() {
        ParsedIssue issue = new IssueParser().parse(("""
                Valdoria's customs office closed two border crossings. Trucks now wait up to nine hours at the remaining one, the office said on Monday.
                Continue reading now
                … and get free access to this Professional Briefing for a month.
                Are you already a guest at the Africa.Table? Log in now
                """).getBytes(StandardCharsets.UTF_8), null);

        assertThat(issue.publication()).isEqualTo("Africa.Table");
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Valdoria's customs office closed two border crossings");
            assertThat(article.titleDerived()).isTrue();
        });
    }

    @Test
    void newsItemPageTakesItsTitleFromOgTitle() {
        ParsedIssue issue = Fixtures.parse("en-single-item-og-title.html");

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Lianhai suspends night shifts at container terminals");
            assertThat(article.titleDerived()).isFalse();
            assertThat(article.url()).isEqualTo("https://example.test/china/news/lianhai-night-shifts");
            assertThat(article.lede()).startsWith("The port authority of Lianhai");
            assertThat(article.paragraphs()).hasSize(1);
        });
    }

    @Test
    void newsItemPageTakesItsTitleFromTheH1() {
        String html = new String(Fixtures.bytes("en-single-item-og-title.html"), StandardCharsets.UTF_8)
                .replace("<div class=\"share-bar\">", "<h1>Night shifts halted in Lianhai</h1><div class=\"share-bar\">");

        ParsedIssue issue = parseHtml(html);

        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Night shifts halted in Lianhai");
            assertThat(article.titleDerived()).isFalse();
            assertThat(article.lede()).startsWith("The port authority of Lianhai");
        });
    }

    @Test
    void newsItemPageWithoutAnyTitleDerivesOne() {
        String html = new String(Fixtures.bytes("en-single-item-og-title.html"), StandardCharsets.UTF_8)
                .replaceAll("<meta property=\"og:title\"[^>]*>", "");

        ParsedIssue issue = parseHtml(html);

        assertThat(issue.articles()).singleElement().satisfies(article -> {
            // the page's own title only names the publication
            assertThat(article.titleDerived()).isTrue();
            assertThat(article.title()).startsWith("The port authority of Lianhai has suspended night shifts");
        });
    }

    @Test
    void germanIssueCutShortKeepsEditorialHeadlinesAndTheArticleWithoutLede() {
        ParsedIssue issue = Fixtures.parse("de-security-cut-short.txt");

        assertThat(issue.publication()).isEqualTo("Security.Table");
        assertThat(issue.title()).isEqualTo("Drohnenabwehr + Munitionslager + Marinehaushalt");
        assertThat(issue.headlines()).containsExactly("Drohnenabwehr", "Munitionslager", "Marinehaushalt");
        assertThat(issue.editorial().author()).isEqualTo("Dorothea Kranich");
        assertThat(issue.editorial().paragraphs()).hasSize(2)
                .first().asString().startsWith("wer in diesen Tagen mit Kommandeuren");
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.section()).isEqualTo("Analyse");
            assertThat(article.title()).isEqualTo("Warum die Drohnenabwehr an Kasernen Jahre hinterherhinkt");
            assertThat(article.lede()).isNull();
            assertThat(article.paragraphs()).isEmpty();
            assertThat(article.titleDerived()).isFalse();
        });
    }

    @Test
    void englishIssueCutShortBeforeThePaywall() {
        ParsedIssue issue = Fixtures.parse("en-security-cut-short.txt");

        assertThat(issue.publication()).isEqualTo("Security.Table");
        assertThat(issue.headlines()).containsExactly("Drone defence", "Ammunition depots");
        assertThat(issue.editorial().author()).isEqualTo("Dorothea Kranich");
        assertThat(issue.editorial().paragraphs()).hasSize(2);
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.section()).isEqualTo("Analysis");
            assertThat(article.title()).isEqualTo("Why drone defence at barracks lags years behind");
            assertThat(article.lede()).isNull();
        });
    }

    @Test
    void editorialPageOnItsOwnIsAnIssueWhoseEditorialIsTheContent() {
        ParsedIssue issue = Fixtures.parse("de-editorial-page.txt");

        assertEditorialPage(issue);
    }

    @Test
    void editorialPageAsHtml() {
        ParsedIssue issue = Fixtures.parse("de-editorial-page.html");

        assertEditorialPage(issue);
    }

    private static void assertEditorialPage(ParsedIssue issue) {
        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2022, 7, 8));
        assertThat(issue.title()).isNull();
        assertThat(issue.headlines()).isEmpty();
        assertThat(issue.articles()).isEmpty();
        assertThat(issue.editorial().author()).isEqualTo("Markus Feld");
        assertThat(issue.editorial().paragraphs()).containsExactly(
                "in der Provinz Hainan stehen seit zwei Wochen neue Kontrollposten an den Fährhäfen. Offiziell geht es um "
                        + "Schmuggel, doch Spediteure berichten von stundenlangen Wartezeiten auch für leere Lastwagen.",
                "Die Hafenbehörden schweigen zu den Gründen. Unsere Korrespondentin hat mit Fahrern und Händlern gesprochen, "
                        + "die nun über Umwege auf das Festland ausweichen.");
        assertThat(ParsedIssueAssertions.allStrings(issue))
                .noneMatch(s -> s.equals("Redaktion") || s.equals("Facebook") || s.equals("LinkedIn") || s.equals("X"));
    }
}
