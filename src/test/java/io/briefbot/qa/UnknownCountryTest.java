package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A country no unit names means the archive cannot answer, as a name it has never seen does: also in a German question,
 * where a capital marks any noun and so says nothing of whether a word is a name. Over qa/development-6's archive.
 */
class UnknownCountryTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 25);

    @Test
    void aGermanQuestionAboutACountryNoUnitNamesGetsNoAnswer() {
        try (ArchiveIndex index = FixtureArchive.index(FixtureArchive.issues(FixtureArchive.resource("qa/development-6/archive")),
                Glossary.load())) {
            QuestionAnswerer answerer = new QuestionAnswerer(index, new UnitVectors(), Optional.empty(), AnswerEvaluationTest.SETTINGS,
                    Glossary.load());

            assertThat(answerer.answer("Ab welchem Alter darf man in Dänemark Auto fahren?", TODAY, false).found()).isFalse();
            assertThat(answerer.answer("Ab welchem Alter darf man in der EU Auto fahren?", TODAY, false).quotes())
                    .extracting(Quote::text).anyMatch(quote -> quote.contains("mit 17 Jahren"));
        }
    }
}
