package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A unit that holds half of a reworded question's words and comes half-way close in meaning answers it when it offers
 * what the question asks for, and only then.
 */
class HalfWayAnswerTest {

    @Test
    void aUnitHalfWayByWordsAndMeaningAnswersWhenItOffersWhatIsAskedFor() {
        Answer moon = ask("qa/development-6/archive", LocalDate.of(2025, 9, 25),
                "By what year does China plan to fly astronauts to the moon?");

        assertThat(moon.found()).isTrue();
        assertThat(moon.quotes().get(0).text()).contains("before 2030");
    }

    @Test
    void aUnitHalfWayByWordsAndMeaningThatNamesNobodyDoesNotAnswerWho() {
        Answer head = ask("qa/development-5/archive", LocalDate.of(2026, 6, 11),
                "Who is going to head the new heat research institute in Würzburg?");

        assertThat(head.found()).as("%s", head.quotes()).isFalse();
    }

    private static Answer ask(String archive, LocalDate today, String question) {
        try (ArchiveIndex index = FixtureArchive.index(FixtureArchive.issues(FixtureArchive.resource(archive)), Glossary.load())) {
            UnitVectors vectors = new UnitVectors();
            EmbeddingBacklog.catchUp(index, vectors, Models.GLOSSING_MINI_LM, null, () -> false);
            return new QuestionAnswerer(index, vectors, Optional.of(Models.GLOSSING_MINI_LM), AnswerEvaluationTest.SETTINGS,
                    Glossary.load()).answer(question, today, true);
        }
    }
}
