package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Questions in the other language than the issue's, over qa/development-4's archive, by words alone: a name the issue
 * spells in its own language's way is still the name asked about.
 */
class CrossLanguageTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 20);

    @Test
    void aNameSpelledOneLetterDifferentlyInTheOtherLanguageIsTheSameName() {
        Answer taipei = answer("How did the stock exchange in Taipei react to the manoeuvre?");

        assertThat(taipei.found()).isTrue();
        assertThat(taipei.quotes().get(0).text()).contains("Taipeh");
    }

    @Test
    void aNameFurtherOffIsNoneTheArchiveKnows() {
        assertThat(answer("How did the stock exchange in Tainan react to the manoeuvre?").found()).isFalse();
    }

    @Test
    void howManyAcrossTheLanguagesIsAnsweredByAPassageWithTheFigureAndTheWordsItsLanguageCanSay() {
        Answer languages = answer("In how many official languages does the parliament run its election campaign?");

        assertThat(languages.found()).isTrue();
        assertThat(languages.quotes().get(0).text()).contains("24 Amtssprachen");
    }

    @Test
    void aVerbTheOtherLanguageSaysInItsOwnWordsIsNotDemanded() {
        Answer jobs = answer("Wie viele neue Jobs bringt das Chipwerk in Dresden?");

        assertThat(jobs.found()).isTrue();
        assertThat(jobs.quotes().get(0).text()).contains("employ 2,000 people");
    }

    /** Asked of the archive indexed anew: it is small. */
    private static Answer answer(String question) {
        try (ArchiveIndex index = FixtureArchive.index(FixtureArchive.issues(FixtureArchive.resource("qa/development-4/archive")),
                Glossary.load())) {
            return new QuestionAnswerer(index, new UnitVectors(), Optional.empty(), AnswerEvaluationTest.SETTINGS, Glossary.load())
                    .answer(question, TODAY, false);
        }
    }
}
