package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An editorial paragraph that goes on with the story of the one before it, without naming what it is about, answers
 * a question about that story: it is read with the paragraph before. A paragraph of another story that holds none of
 * the question's words is not lifted by it.
 */
class EditorialContextTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 6);

    @Test
    void aParagraphIsReadWithTheOneBeforeIt() {
        IndexedIssue issue = new IndexedIssue(1, "Climate.Table", DAY, Instant.parse("2025-03-06T06:00:00Z"), List.of(),
                List.of("Valparaíso has opened a cable car line between the harbour and the hill districts, the first new one in Chile "
                                + "for forty years.",
                        "It will carry 3,000 passengers an hour and cost 40 million dollars. Residents had waited ten years for it.",
                        "Meanwhile the dock workers of San Antonio ended their strike after two weeks."),
                "Ines Carvalho", List.of());
        try (ArchiveIndex index = FixtureArchive.index(List.of(issue), Glossary.load())) {
            Answer answer = new QuestionAnswerer(index, new UnitVectors(), Optional.empty(), AnswerEvaluationTest.SETTINGS,
                    Glossary.load()).answer("How much did the cable car in Valparaíso cost?", DAY.plusDays(1), false);

            assertThat(answer.quotes()).extracting(Quote::text).anyMatch(quote -> quote.contains("cost 40 million dollars"));
            assertThat(Evaluation.cited(answer)).extracting(Source::unit).doesNotContain(IndexUnit.editorialKey(1, 2));
        }
    }
}
