package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A country no unit names means the archive cannot answer, as a name it has never seen does: also in a German question,
 * where a capital marks any noun and so says nothing of whether a word is a name. A country whose capital a unit names
 * is spoken of.
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

    @Test
    void aCountryOnlyItsCapitalStandsForIsNotUnknown() {
        try (ArchiveIndex index = FixtureArchive.index(FixtureArchive.issues(FixtureArchive.resource("qa/development-3/archive")),
                Glossary.load())) {
            Retriever retriever = new Retriever(index, new UnitVectors(), Optional.empty(), AnswerEvaluationTest.SETTINGS, Glossary.load());
            QuestionReader reader = new QuestionReader(Glossary.load());
            LocalDate today = LocalDate.of(2025, 11, 20);

            assertThat(retriever.retrieve(reader.read("How did Russia react to the missile request?", today), today, false)
                    .terms().unknownNames()).as("the archive writes \"Moskau reagierte\"").isEmpty();
            assertThat(retriever.retrieve(reader.read("How did Belarus react to the missile request?", today), today, false)
                    .terms().unknownNames()).containsExactly("Belarus");
        }
    }
}
