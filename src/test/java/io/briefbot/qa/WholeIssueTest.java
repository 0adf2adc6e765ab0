package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.briefbot.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An issue whose stories are mostly a headline and a paragraph of the editorial, the article behind the paywall: its
 * headlines and editorial paragraphs are searched and quoted like articles, and the sentence that answers is quoted.
 * The invented issue has the shape of the real China.Table sample; the sample itself is asked too when it is at hand.
 */
class WholeIssueTest {

    static final LocalDate ISSUE_DAY = LocalDate.of(2022, 7, 8);

    @Test
    void searchFindsTheIssueByItsHeadlineAndEditorial() {
        try (ArchiveIndex index = index(invented())) {
            SearchMatches didi = new KeywordSearch(index).search("Didi", 0, 5);

            assertThat(didi.matches()).extracting(match -> match.source().kind())
                    .containsExactlyInAnyOrder(Source.Kind.HEADLINE, Source.Kind.EDITORIAL);
            SearchMatches.Match headline = match(didi, Source.Kind.HEADLINE);
            assertThat(headline.source().title()).isEqualTo("Is Didi coming back to the app store?");
            assertThat(headline.source().articleId()).as("no article of the issue tells it").isNull();
            SearchMatches.Match editorial = match(didi, Source.Kind.EDITORIAL);
            assertThat(editorial.text()).startsWith("The patience of China's platform regulators");
            assertThat(editorial.source().author()).isEqualTo("Anna Brenner");
            assertThat(editorial.source().date()).isEqualTo(ISSUE_DAY);
            assertThat(editorial.source().publication()).isEqualTo("China.Table");
        }
    }

    @Test
    void theHackersQuestionQuotesTheSentenceWithThePriceAndTheOneItLeansOn() {
        try (ArchiveIndex index = index(invented())) {
            for (boolean byMeaning : List.of(false, true)) {
                Answer answer = answerer(index, byMeaning).answer("how much do the hackers want for the vehicle registry?",
                        ISSUE_DAY.plusDays(1), byMeaning);

                assertThat(answer.quotes()).as("by meaning: %s", byMeaning).isNotEmpty();
                assertThat(answer.quotes().get(0).text()).as("by meaning: %s", byMeaning)
                        .isEqualTo("The hackers who copied it took the names, addresses and number plates of almost 300 million car "
                                + "owners without much effort. Now they are offering it on a forum for 40 Bitcoin (China.Table reported).");
                assertThat(answer.quotes().get(0).source().kind()).isEqualTo(Source.Kind.ARTICLE);
            }
        }
    }

    @Test
    void aQuestionAboutANameTheArchiveNeverMentionsGetsNoAnswerThoughItsOtherWordsMatch() {
        try (ArchiveIndex index = index(invented())) {
            for (boolean byMeaning : List.of(false, true)) {
                Answer elsewhere = answerer(index, byMeaning).answer("How much do the hackers want for the vehicle registry of Chongqing?",
                        ISSUE_DAY.plusDays(1), byMeaning);
                Answer here = answerer(index, byMeaning).answer("How much do the hackers want for the vehicle registry of Guangzhou?",
                        ISSUE_DAY.plusDays(1), byMeaning);

                assertThat(elsewhere.quotes()).as("by meaning: %s", byMeaning).isEmpty();
                assertThat(here.quotes()).as("by meaning: %s", byMeaning).isNotEmpty();
            }
        }
    }

    @Test
    void aGermanCompoundTheTextWritesAsTwoEnglishWordsIsFound() {
        try (ArchiveIndex index = index(invented())) {
            Answer answer = answerer(index, false).answer("Was verspricht das Transportministerium?", ISSUE_DAY.plusDays(1), false);

            assertThat(answer.quotes()).isNotEmpty();
            assertThat(answer.quotes().get(0).text()).contains("It promises audits of every provincial registry.");
        }
    }

    @Test
    void anEditorialOnlyStoryIsAnsweredFromTheEditorial() {
        try (ArchiveIndex index = index(invented())) {
            Answer answer = answerer(index, false).answer("What does the transport ministry promise after the leak?",
                    ISSUE_DAY.plusDays(1), false);

            assertThat(answer.quotes()).isNotEmpty();
            assertThat(answer.quotes()).anySatisfy(quote -> {
                assertThat(quote.source().kind()).isEqualTo(Source.Kind.EDITORIAL);
                assertThat(quote.text()).contains("audits of every provincial registry");
            });
        }
    }

    @Test
    void theRealSampleIsFoundByItsHeadlineAndEditorialAndQuotesThe23BitcoinSentence() throws Exception {
        Optional<Path> sample = Fixtures.sharedSample();
        assumeTrue(sample.isPresent(), "the shared sample is not beside the project");
        IndexedIssue issue = FixtureArchive.issue(1, 1, new io.briefbot.ingest.parse.IssueParser()
                .parse(Files.readAllBytes(sample.get()), "text/plain"), ISSUE_DAY);
        try (ArchiveIndex index = index(issue)) {
            SearchMatches didi = new KeywordSearch(index).search("Didi", 0, 5);
            assertThat(didi.matches()).extracting(match -> match.source().kind()).contains(Source.Kind.HEADLINE, Source.Kind.EDITORIAL);
            assertThat(match(didi, Source.Kind.HEADLINE).source().title()).isEqualTo("Is Didi coming back to the app store?");
            assertThat(match(didi, Source.Kind.EDITORIAL).source().author()).isEqualTo("Finn Mayer-Kuckuk");

            for (boolean byMeaning : List.of(false, true)) {
                Answer answer = answerer(index, byMeaning).answer("how much do the hackers want for the police data?",
                        ISSUE_DAY.plusDays(1), byMeaning);
                assertThat(answer.quotes().get(0).text()).as("by meaning: %s", byMeaning)
                        .contains("Now they are offering it on the free market for 23 Bitcoin");
            }
        }
    }

    @Test
    void theEditorialParagraphThatTellsAHeadlinesStoryIsQuotedBeforeTheHeadline() {
        try (ArchiveIndex index = index(invented())) {
            for (boolean byMeaning : List.of(false, true)) {
                Answer answer = answerer(index, byMeaning).answer("Will the Didi app return to the app store?", ISSUE_DAY.plusDays(1),
                        byMeaning);

                assertThat(answer.quotes()).extracting(quote -> quote.source().kind()).as("by meaning: %s", byMeaning)
                        .startsWith(Source.Kind.EDITORIAL).contains(Source.Kind.HEADLINE);
                assertThat(answer.quotes().get(0).text()).containsAnyOf("DiDi", "the app may return soon");
            }
        }
    }

    @Test
    void aHeadlineThatAnnouncesAnArticleIsSearchedWithItAndOneWithoutAnArticleIsAUnitOfItsOwn() {
        IndexedIssue issue = new IndexedIssue(7, "China.Table", ISSUE_DAY, java.time.Instant.EPOCH,
                List.of("Dockworkers extend strike in Lianhai", "Port strike: dockworkers in Lianhai stay out for a third day",
                        "Hong Kong lifts flight bans"),
                List.of("First paragraph.", "Second paragraph."), null,
                List.of(new IndexedIssue.IndexedArticle(41, "News", "Dockworkers extend strike in Lianhai", "The strike goes on.",
                        List.of(), List.of(), null)));

        List<IndexUnit> units = IssueUnits.of(issue);

        assertThat(units).extracting(IndexUnit::key).containsExactly("a41", "h7.2", "e7.0", "e7.1");
        assertThat(units.get(0).headlines()).as("the title again adds nothing")
                .containsExactly("Port strike: dockworkers in Lianhai stay out for a third day");
        assertThat(units.get(1).source().title()).isEqualTo("Hong Kong lifts flight bans");
        assertThat(units.get(1).source().articleId()).isNull();
        assertThat(units.get(2).source().author()).isNull();
        assertThat(units.get(2).source().title()).isNull();
        try (ArchiveIndex index = index(issue)) {
            assertThat(new KeywordSearch(index).search("port strike third day", 0, 5).matches())
                    .extracting(match -> match.source().unit()).containsExactly("a41");
        }
    }

    private static SearchMatches.Match match(SearchMatches matches, Source.Kind kind) {
        return matches.matches().stream().filter(match -> match.source().kind() == kind).findFirst().orElseThrow();
    }

    private static IndexedIssue invented() {
        return FixtureArchive.issue(1, 1, FixtureArchive.parsed(FixtureArchive.resource("qa/whole-issue/leak-issue.txt")), ISSUE_DAY);
    }

    private static ArchiveIndex index(IndexedIssue issue) {
        return FixtureArchive.index(List.of(issue), Glossary.load());
    }

    private static QuestionAnswerer answerer(ArchiveIndex index, boolean byMeaning) {
        UnitVectors vectors = new UnitVectors();
        Optional<Embedder> model = byMeaning ? Optional.of(Models.GLOSSING_MINI_LM) : Optional.empty();
        model.ifPresent(m -> EmbeddingBacklog.catchUp(index, vectors, m, null, () -> false));
        return new QuestionAnswerer(index, vectors, model, AnswerEvaluationTest.SETTINGS, Glossary.load());
    }
}
