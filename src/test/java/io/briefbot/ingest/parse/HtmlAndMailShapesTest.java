package io.briefbot.ingest.parse;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlAndMailShapesTest {

    @Test
    void newsletterWebPage() {
        ParsedIssue issue = Fixtures.parse("en-web-page.html");

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(issue.title()).isEqualTo("Lithium auction + Flood relief");
        assertThat(issue.headlines()).containsExactly("Lithium auction draws record bids", "Flood relief fund doubles",
                "Customs publishes new list of controlled chemicals");
        assertThat(issue.editorial().author()).isEqualTo("Sofia Brandt");
        assertThat(issue.editorial().paragraphs()).hasSize(2);
        assertThat(issue.editorial().paragraphs().get(1))
                .isEqualTo("In the south, the flood relief fund has doubled. Our correspondent visited three villages "
                        + "that are still waiting for the first payments.");
        assertThat(issue.articles()).hasSize(2);

        ParsedArticle analysis = issue.articles().get(0);
        assertThat(analysis.section()).isEqualTo("Analysis");
        assertThat(analysis.title()).isEqualTo("Record bids at the lithium auction");
        assertThat(analysis.url()).isEqualTo("https://example.test/china/lithium-auction");
        assertThat(analysis.author()).isEqualTo("Kenji Arata");
        assertThat(analysis.lede()).startsWith("Forty-two companies bid");
        assertThat(analysis.paragraphs()).containsExactly("The winning bids were well above the reserve prices.",
                "Analysts had expected a quieter round after prices fell last year.");
        assertThat(analysis.tags()).containsExactly("Lithium", "Mining", "Commodities");

        ParsedArticle news = issue.articles().get(1);
        assertThat(news.section()).isEqualTo("News");
        assertThat(news.title()).isEqualTo("Flood relief fund doubles");
        assertThat(news.url()).isNull();
        assertThat(news.paragraphs()).hasSize(1);
        assertThat(news.tags()).containsExactly("Floods", "Disaster relief");
        assertThat(ParsedIssueAssertions.allStrings(issue))
                .noneMatch(s -> s.contains("Battery Summit") || s.contains("Imprint") || s.equals("Home"));
    }

    @Test
    void singleArticleHtmlPageTakesTheCanonicalUrl() {
        String html = """
                <html><head><link rel="canonical" href="https://example.test/europe/grid">
                <meta name="DC.date" content="05.07.2024"></head><body>
                <p>Analyse</p><h1>Das Netz wird zum Engpass</h1><p>Von Jonas Brück</p>
                <p>Ohne neue Leitungen bleibt der Windstrom im Norden, während im Süden Kraftwerke einspringen müssen.</p>
                <p>Die Netzbetreiber rechnen mit Kosten von mehreren Milliarden Euro pro Jahr.</p>
                </body></html>""";
        ParsedIssue issue = new IssueParser().parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/html");

        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 7, 5));
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.section()).isEqualTo("Analyse");
            assertThat(article.title()).isEqualTo("Das Netz wird zum Engpass");
            assertThat(article.author()).isEqualTo("Jonas Brück");
            assertThat(article.url()).isEqualTo("https://example.test/europe/grid");
            assertThat(article.paragraphs()).hasSize(1);
        });
    }

    @Test
    void multipartAlternativeMailPrefersHtmlAndUsesHeaders() {
        ParsedIssue issue = Fixtures.parse("en-multipart-alternative.eml");

        assertThat(IssueParser.sniff(Fixtures.bytes("en-multipart-alternative.eml"), null)).isEqualTo(Format.EML);
        assertThat(issue.publication()).isEqualTo("China.Table");
        // 00:30 at +08:00 is still 14 March in UTC; the header's own local date counts.
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(issue.title()).isEqualTo("Lithium auction + Flood relief");
        assertThat(issue.headlines()).containsExactly("Lithium auction draws record bids", "Flood relief fund doubles",
                "Customs widens chemicals list");
        assertThat(issue.editorial().author()).isEqualTo("Sofia Brandt");
        assertThat(issue.editorial().paragraphs()).hasSize(2);
        assertThat(issue.editorial().paragraphs().get(0)).contains("drew more bidders than ever before – even");
        assertThat(issue.articles()).extracting(ParsedArticle::title)
                .containsExactly("Record bids at the lithium auction", "Flood relief fund doubles");
        assertThat(issue.articles()).extracting(ParsedArticle::url).containsExactly(
                "https://example.test/china/lithium-auction", "https://example.test/china/flood-relief");
        assertThat(issue.articles().get(0).tags()).containsExactly("Lithium", "Mining");
        assertThat(issue.articles().get(1).tags()).containsExactly("Floods");
        assertThat(ParsedIssueAssertions.allStrings(issue)).noneMatch(s -> s.contains("Preview") || s.contains("Unsubscribe"));
    }

    @Test
    void nestedMixedMailWithLatin1AndWindows1252Parts() {
        ParsedIssue issue = Fixtures.parse("de-multipart-mixed-latin1.eml");

        assertThat(issue.publication()).isEqualTo("Europe.Table");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(issue.title()).isEqualTo("Grüne Stahlquote + Bußgelder für Plattformen");
        assertThat(issue.headlines()).containsExactly("Kommission schlägt Quote für grünen Stahl vor",
                "Bußgelder für zwei Plattformen „wegen unfairer Klauseln“");
        assertThat(issue.editorial().author()).isEqualTo("Lena Hartwig");
        assertThat(issue.editorial().paragraphs()).singleElement().asString().contains("– und das Parlament auch.");
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.section()).isEqualTo("Analyse");
            assertThat(article.title()).isEqualTo("Quote für grünen Stahl soll ab 2027 gelten");
            assertThat(article.author()).isEqualTo("Jonas Brück");
            assertThat(article.lede()).startsWith("Öffentliche Bauaufträge");
            assertThat(article.paragraphs()).singleElement().asString().startsWith("Stahlhersteller im Süden begrüßen");
            assertThat(article.tags()).containsExactly("Stahl", "Industriepolitik", "Beschaffung");
        });
    }

    @Test
    void forwardedMailWithTheIssueAsAttachedMessage() {
        ParsedIssue issue = Fixtures.parse("en-forwarded-rfc822.eml");

        assertThat(issue.publication()).isEqualTo("Climate.Table");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 11, 12));
        assertThat(issue.title()).isEqualTo("Valmora talks + Heat records");
        assertThat(issue.headlines()).containsExactly("Valmora talks enter the final week", "Heat records in three capitals");
        assertThat(issue.articles()).singleElement().satisfies(article -> {
            assertThat(article.section()).isEqualTo("Feature");
            assertThat(article.tags()).containsExactly("Climate finance", "Negotiations");
        });
    }

    @Test
    void plainTextMailFallsBackToTheSubjectAsTitle() {
        String mail = """
                From: "Europe.Table" <briefing@example.test>
                Subject: Re: Fwd: Netzpaket kommt
                Date: Wed, 2 Oct 2024 23:55:00 -0300
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: base64

                """ + java.util.Base64.getMimeEncoder().encodeToString("""
                News
                Kommission legt Netzpaket vor
                Die Kommission hat am Mittwoch ihr Netzpaket vorgelegt und will Genehmigungen beschleunigen.
                - Energie
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\n";
        ParsedIssue issue = new IssueParser().parse(mail.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII), null);

        assertThat(issue.title()).isEqualTo("Netzpaket kommt");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 10, 2));
        assertThat(issue.publication()).isEqualTo("Europe.Table");
        assertThat(issue.articles()).singleElement().extracting(ParsedArticle::tags).asList().containsExactly("Energie");
    }
}
