package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A unit is read with what says what it is about when it does not say so itself. An editorial paragraph that goes on
 * with the story of the one before it answers a question about that story; a paragraph of another story that holds
 * none of the question's words is not lifted by it. The passage with an article's figure is read with its title and
 * its tags.
 */
class ReadInContextTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 6);

    @Test
    void anEditorialParagraphIsReadWithTheOneBeforeIt() {
        IndexedIssue issue = issue(List.of(
                "Valparaíso has opened a cable car line between the harbour and the hill districts, the first new one in Chile "
                        + "for forty years.",
                "It will carry 3,000 passengers an hour and cost 40 million dollars. Residents had waited ten years for it.",
                "Meanwhile the dock workers of San Antonio ended their strike after two weeks."), List.of());

        Answer answer = answer(issue, "How much did the cable car in Valparaíso cost?");

        assertThat(answer.quotes()).extracting(Quote::text).anyMatch(quote -> quote.contains("cost 40 million dollars"));
        assertThat(Evaluation.cited(answer)).extracting(Source::unit).doesNotContain(IndexUnit.editorialKey(1, 2));
    }

    @Test
    void aFiguresPassageIsReadWithTheArticlesTitleAndTags() {
        IndexedIssue issue = issue(List.of(), List.of(new IndexedIssue.IndexedArticle(1, "News", "Rostock builds for 40,000 pallets", "",
                List.of("The port of Rostock has begun building a hall for 40,000 pallets of frozen food next to the ferry terminal.",
                        "The work will cost about 90 million euros and is to be finished in 2027."),
                List.of("Cold storage", "Seaports"), null)));

        Answer answer = answer(issue, "How much will the cold storage hall in Rostock cost?");

        assertThat(answer.quotes()).extracting(Quote::text).anyMatch(quote -> quote.contains("about 90 million euros"));
    }

    private static IndexedIssue issue(List<String> editorial, List<IndexedIssue.IndexedArticle> articles) {
        return new IndexedIssue(1, "Climate.Table", DAY, Instant.parse("2025-03-06T06:00:00Z"), List.of(), editorial, "Ines Carvalho",
                articles);
    }

    private static Answer answer(IndexedIssue issue, String question) {
        try (ArchiveIndex index = FixtureArchive.index(List.of(issue), Glossary.load())) {
            return new QuestionAnswerer(index, new UnitVectors(), Optional.empty(), AnswerEvaluationTest.SETTINGS, Glossary.load())
                    .answer(question, DAY.plusDays(1), false);
        }
    }
}
