package io.briefbot.ingest.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextShapesTest {

    @Test
    void englishIssueWithHeaderTopicsTitleBulletsSignOffAdsCaptionsAndWidgets() {
        ParsedIssue issue = Fixtures.parse("en-china-full-issue.txt");

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.title()).isEqualTo("Rare earths + Port strike + Chip subsidies");
        assertThat(issue.date()).isNull();
        assertThat(issue.headlines()).containsExactly(
                "Ministry tightens export quotas for rare earth magnets",
                "Dockworkers in Lianhai strike for a third day",
                "Provinces compete with new chip subsidies",
                "Solar glass makers cut prices again",
                "Column: Hanna Loeb on the art of polite refusals");
        assertThat(issue.editorial().author()).isEqualTo("Mira Castell");
        assertThat(issue.editorial().paragraphs()).hasSize(3);
        assertThat(issue.editorial().paragraphs().get(0)).startsWith("When the ministry in charge");
        assertThat(issue.articles()).extracting(ParsedArticle::section).containsExactly("Analysis", "News", "Deep Dive");

        ParsedArticle analysis = issue.articles().get(0);
        assertThat(analysis.title()).isEqualTo("Export quotas put magnet buyers on alert");
        assertThat(analysis.author()).isEqualTo("Tom Okafor");
        assertThat(analysis.lede()).startsWith("The new quotas for rare earth magnets cover fewer tonnes");
        assertThat(analysis.paragraphs()).hasSize(3);
        assertThat(analysis.paragraphs().get(0)).startsWith("According to the published notice");
        assertThat(analysis.paragraphs().get(1)).startsWith("European buyers have stockpiled");
        assertThat(analysis.paragraphs().get(2)).startsWith("Analysts expect the ministry");
        assertThat(analysis.tags()).containsExactly("Rare earths", "Export controls", "Supply chains", "Magnets");

        ParsedArticle news = issue.articles().get(1);
        assertThat(news.title()).isEqualTo("Dockworkers extend strike in Lianhai");
        assertThat(news.author()).isNull();
        assertThat(news.paragraphs()).hasSize(1);
        assertThat(news.tags()).containsExactly("Ports", "Logistics", "Labour");

        ParsedArticle deepDive = issue.articles().get(2);
        assertThat(deepDive.title()).isEqualTo("How provinces outbid each other for chip plants");
        assertThat(deepDive.paragraphs()).hasSize(2);
        assertThat(deepDive.tags()).containsExactly("Semiconductors", "Subsidies", "Industrial policy");
        assertThat(ParsedIssueAssertions.allStrings(issue)).noneMatch(s -> s.contains("Related:") || s.contains("Hamburg"));
    }

    @Test
    void germanIssueWithIndentedBulletsSameLineSignOffAnzeigeAndGermanFooter() {
        ParsedIssue issue = Fixtures.parse("de-europe-full-issue.txt");

        assertThat(issue.publication()).isEqualTo("Europe.Table");
        assertThat(issue.title()).isEqualTo("Netzpaket + Agrarstreit + Wasserstoffbank");
        assertThat(issue.headlines()).containsExactly("Kommission legt Netzpaket vor",
                "Agrarminister streiten über Brachflächen", "Wasserstoffbank vergibt erste Zuschläge",
                "Parlament verschiebt Abstimmung zur Verpackungsverordnung");
        assertThat(issue.editorial().author()).isEqualTo("Lena Hartwig");
        assertThat(issue.editorial().paragraphs()).hasSize(2)
                .noneMatch(p -> p.startsWith("Liebe Leserin"));
        assertThat(issue.articles()).extracting(ParsedArticle::section)
                .containsExactly("Analyse", "News", "Table.Standpunkt");

        ParsedArticle analyse = issue.articles().get(0);
        assertThat(analyse.title()).isEqualTo("Was das Netzpaket für Grenzleitungen bedeutet");
        assertThat(analyse.author()).isEqualTo("Jonas Brück");
        assertThat(analyse.lede()).startsWith("Mit dem Netzpaket will die Kommission");
        assertThat(analyse.paragraphs()).hasSize(2);
        assertThat(analyse.paragraphs().get(1)).startsWith("Umweltverbände kritisieren");
        assertThat(analyse.tags()).containsExactly("Energie", "Stromnetze", "Klimapolitik");

        assertThat(issue.articles().get(1).title()).isEqualTo("Agrarminister vertagen Streit über Brachflächen");
        assertThat(issue.articles().get(1).tags()).containsExactly("Landwirtschaft", "Agrarpolitik");
        ParsedArticle standpunkt = issue.articles().get(2);
        assertThat(standpunkt.author()).isEqualTo("Clara Wendt");
        assertThat(standpunkt.tags()).containsExactly("Wasserstoff", "Förderpolitik");
        assertThat(ParsedIssueAssertions.allStrings(issue))
                .noneMatch(s -> s.contains("Energiewende-Kongress") || s.contains("Frühbucherrabatt")
                        || s.contains("Netzausbau in Osteuropa"));
    }

    @Test
    void issueWithoutHeadlineListAndNameAloneSignature() {
        ParsedIssue issue = Fixtures.parse("en-climate-no-headlines.txt");

        assertThat(issue.publication()).isEqualTo("Climate.Table");
        assertThat(issue.title()).isNull();
        assertThat(issue.headlines()).isEmpty();
        assertThat(issue.editorial().author()).isEqualTo("Rafael Moreno");
        assertThat(issue.editorial().paragraphs()).hasSize(2);
        assertThat(issue.articles()).extracting(ParsedArticle::section).containsExactly("Feature", "Interview");
        assertThat(issue.articles()).extracting(ParsedArticle::title)
                .containsExactly("Valmora talks stall over adaptation finance", "\"We cannot adapt to everything\"");
        assertThat(issue.articles().get(0).paragraphs()).hasSize(2);
        assertThat(issue.articles().get(1).tags()).containsExactly("Island states", "Adaptation");
    }

    @Test
    void publicationFromWelcomeLineAndEditorFromImageCaption() {
        ParsedIssue issue = Fixtures.parse("en-welcome-caption-signature.txt");

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.headlines()).hasSize(3).first().isEqualTo("Battery makers lower price targets");
        assertThat(issue.editorial().author()).isEqualTo("Daniel Rivas");
        assertThat(issue.editorial().paragraphs()).hasSize(2);
        assertThat(issue.articles()).extracting(ParsedArticle::section).containsExactly("Profile", "Column");
        assertThat(issue.articles().get(0).title()).isEqualTo("Wen Shulan, the patient negotiator");
        assertThat(issue.articles().get(1).author()).isEqualTo("Ines Marlow");
        assertThat(issue.articles().get(1).tags()).containsExactly("Batteries", "Electric vehicles", "Industry");
    }

    @Test
    void germanSignOffWithNameOnNextLineAndManySectionKinds() {
        ParsedIssue issue = Fixtures.parse("de-china-sign-off-next-line.txt");

        assertThat(issue.publication()).isEqualTo("China.Table");
        assertThat(issue.headlines()).hasSize(3);
        assertThat(issue.editorial().author()).isEqualTo("Markus Feld");
        assertThat(issue.editorial().paragraphs()).hasSize(2).noneMatch(p -> p.startsWith("Liebe"));
        assertThat(issue.articles()).extracting(ParsedArticle::section)
                .containsExactly("Kolumne", "Interview", "Heads", "Presseschau");
        assertThat(issue.articles()).extracting(ParsedArticle::title).containsExactly(
                "Die Kunst des höflichen Neins", "\"Die Werke stehen längst in Vietnam\"", "Zhou Meilin",
                "Was Zeitungen über den Fischereistreit schreiben");
        assertThat(issue.articles().get(0).author()).isEqualTo("Hanna Loeb");
        assertThat(issue.articles().get(2).lede()).startsWith("Zhou Meilin übernimmt");
        assertThat(issue.articles().get(2).paragraphs()).isEmpty();
        assertThat(issue.articles().get(3).tags()).containsExactly("Medien");
    }

    @Test
    void singleArticlePageWithSiteLabelsAndShareWidgets() {
        ParsedIssue issue = Fixtures.parse("de-single-article.txt");

        assertThat(issue.publication()).isEqualTo("Climate.Table");
        assertThat(issue.headlines()).isEmpty();
        assertThat(issue.editorial()).isNull();
        assertThat(issue.articles()).hasSize(1);
        ParsedArticle article = issue.articles().get(0);
        assertThat(article.section()).isEqualTo("Standpunkt");
        assertThat(article.title()).isEqualTo("Das Tempolimit ist die billigste Klimamaßnahme");
        assertThat(article.author()).isEqualTo("Petra Ahlgren");
        assertThat(article.lede()).startsWith("Kein anderes Instrument");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.tags()).isEmpty();
        assertThat(ParsedIssueAssertions.allStrings(issue)).noneMatch(s -> s.equals("Energie") || s.equals("Verkehr")
                || s.equals("Link kopieren"));
    }

    @Test
    void cutOffIssueWithUnlabelledArticle() {
        ParsedIssue issue = Fixtures.parse("en-cut-off-unlabelled.txt");

        assertThat(issue.publication()).isNull();
        assertThat(issue.headlines()).hasSize(2);
        assertThat(issue.editorial().author()).isNull();
        assertThat(issue.editorial().paragraphs()).hasSize(2);
        assertThat(issue.articles()).hasSize(1);
        ParsedArticle article = issue.articles().get(0);
        assertThat(article.section()).isNull();
        assertThat(article.title()).isEqualTo("Steel exports hit a new record");
        assertThat(article.lede()).startsWith("Steel mills exported");
        assertThat(article.paragraphs()).singleElement().asString().endsWith("The mills argue that their prices");
        assertThat(article.tags()).isEmpty();
    }
}
