package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Time phrases: a day named as the day something happened ("on Monday") may belong to the content, so the whole archive
 * is asked when that day's issues have no answer; spans, relative words and days named with the issues keep the window.
 */
class TimePhrasesTest {

    /** Thursday 15 October 2026, as the development set. */
    static final LocalDate TODAY = FixtureArchive.TODAY;
    static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);

    static ArchiveIndex index;

    @BeforeAll
    static void indexTheDevelopmentArchive() {
        index = FixtureArchive.index();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Who was expected in Beijing on Monday but cancelled for health reasons? | 2026-10-12 | 2026-10-12 | true",
            "Was hat der Bundesrat am Freitag beschlossen?                          | 2026-10-09 | 2026-10-09 | true",
            "What happened this week?                                              | 2026-10-12 | 2026-10-15 | false",
            "Was gab es seit Montag zur Grundsteuer?                               | 2026-10-12 | 2026-10-15 | false",
            "Anything on heat pumps in the last issues?                            | 2026-10-09 | 2026-10-15 | false",
            "Was stand in den letzten Ausgaben zur Rente?                          | 2026-10-09 | 2026-10-15 | false",
            "What was in yesterday's briefing about frigates?                      | 2026-10-14 | 2026-10-14 | false",
            "What did Monday's issue say about Didi?                               | 2026-10-12 | 2026-10-12 | false",
            "What did the briefing on Monday say about Didi?                       | 2026-10-12 | 2026-10-12 | false",
            "Was stand in der Ausgabe vom Montag zu Didi?                          | 2026-10-12 | 2026-10-12 | false",
            "What did the State Council announce in July?                          | 2026-07-01 | 2026-07-31 | true",
            "What did the State Council announce in July 2026?                     | 2026-07-01 | 2026-07-31 | false",
            "What did the issues in July say about the State Council?              | 2026-07-01 | 2026-07-31 | false"})
    void aDayNamedAsWhenSomethingHappenedMayBeTheContentsSpansAndTheIssuesDaysAreTheIssues(String question, LocalDate from,
                                                                                            LocalDate to, boolean mayBeContent) {
        DatePhrases.Dated dated = DatePhrases.read(question, TODAY);

        assertThat(dated.window()).contains(new DateWindow(from, to));
        assertThat(dated.mayBeContent()).isEqualTo(mayBeContent);
    }

    @Test
    void aDayThatMayBeTheContentsIsAnsweredFromTheWholeArchiveWhenItsIssuesHaveNothing() {
        Answer answer = answerer().answer("Who was expected in Beijing on Monday but cancelled for health reasons?", TODAY, false);

        assertThat(answer.found()).isTrue();
        assertThat(answer.window()).contains(new DateWindow(MONDAY, MONDAY));
        assertThat(answer.beyondWindow()).isTrue();
        assertThat(answer.quotes().get(0).text()).contains("Hungarian President Tamás Varga was expected in Beijing on Monday");
        assertThat(answer.quotes().get(0).source().date()).isBefore(MONDAY);
    }

    @Test
    void aDayThatMayBeTheContentsStaysInItsWindowWhenItsIssuesAnswer() {
        Answer answer = answerer().answer("What did Didi launch on Monday?", TODAY, false);

        assertThat(answer.beyondWindow()).isFalse();
        assertThat(answer.quotes()).isNotEmpty().allSatisfy(quote -> assertThat(quote.source().date()).isEqualTo(MONDAY));
    }

    @Test
    void aTimePhraseAboutTheIssuesKeepsItsWindowThoughTheArchiveHasAnAnswerElsewhere() {
        QuestionAnswerer answerer = answerer();

        assertThat(answerer.answer("What did the navy order on Monday?", TODAY, false).beyondWindow()).isTrue();
        for (String question : new String[] {"What did the navy order this week?", "What did the navy order since Monday?",
                "What did Monday's briefing say about the navy's order?", "Anything on the navy's frigates in the last issues?"}) {
            Answer answer = answerer.answer(question, TODAY, false);
            assertThat(answer.window()).as(question).isPresent();
            assertThat(answer.found()).as(question).isFalse();
            assertThat(answer.beyondWindow()).as(question).isFalse();
        }
    }

    private static QuestionAnswerer answerer() {
        return new QuestionAnswerer(index, new UnitVectors(), Optional.empty(), AnswerEvaluationTest.SETTINGS, Glossary.load());
    }
}
