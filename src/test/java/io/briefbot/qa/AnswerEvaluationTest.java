package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development sets over the development archive (qa/archive), asked on 15 October 2026: qa/eval.tsv (88 questions,
 * expected articles by title: paraphrases, German questions over English articles and the reverse, questions about a
 * time, questions the archive cannot answer) and qa/development.tsv (questions answered word for word by headlines,
 * editorials and the sentence that answers). Each is asked by words and meaning (hybrid) and by words alone, with and
 * without the glossary. Fails when recall@3 drops below its floor or when a question without an answer gets one.
 */
class AnswerEvaluationTest {

    /** The defaults of {@link QaConfig}. */
    static final Retriever.Settings SETTINGS = new Retriever.Settings(0.15, 30, 0.6, 0.62);
    static final double MIN_RECALL_AT_3 = 0.9;
    static final double MIN_QUOTE_ACCURACY = 0.8;
    /** The second set's floor, a little under its recall@3 now (0.540 with BM25 alone when it was written). */
    static final double SECOND_SET_MIN_RECALL_AT_3 = 0.6;
    /** The third set's floor, a little under its recall@3 now. */
    static final double THIRD_SET_MIN_RECALL_AT_3 = 0.75;
    /** The fourth set's floor, a little under its recall@3 now (0.383 when it was written). */
    static final double FOURTH_SET_MIN_RECALL_AT_3 = 0.6;
    /** The fifth set's floor, a little under its recall@3 now. */
    static final double FIFTH_SET_MIN_RECALL_AT_3 = 0.72;
    /** The fifth set's floor of questions without an answer left unanswered, a little under the share now. */
    static final double FIFTH_SET_MIN_NO_ANSWER_PRECISION = 0.75;
    /** The sixth set's floor, a little under its recall@3 now (0.439 hybrid, 0.364 BM25 alone when it was written). */
    static final double SIXTH_SET_MIN_RECALL_AT_3 = 0.62;
    /**
     * The sixth set's floor of questions without an answer left unanswered, a little under the share now (13 of 14; the
     * glossary's "icebreaker" lets the cost of a new one answer the near miss asking what the last one cost).
     */
    static final double SIXTH_SET_MIN_NO_ANSWER_PRECISION = 0.9;
    /** The seventh set's floor, a little under its first recall@3 (0.788 hybrid, 0.758 BM25 alone). */
    static final double SEVENTH_SET_MIN_RECALL_AT_3 = 0.72;
    /** The seventh set's floor of questions without an answer left unanswered, a little under its first share (9 of 14). */
    static final double SEVENTH_SET_MIN_NO_ANSWER_PRECISION = 0.6;

    static Embedder model;
    static Evaluation.Archive development;

    @BeforeAll
    static void indexTheDevelopmentArchive() {
        model = Models.MINI_LM;
        development = new Evaluation.Archive(FixtureArchive.issues(), model);
    }

    @AfterAll
    static void close() {
        development.close();
    }

    static Evaluation.QuestionSet titles() {
        return Evaluation.QuestionSet.of("eval.tsv", Evaluation.Expected.TITLES, FixtureArchive.resource("qa/eval.tsv"),
                FixtureArchive.folder(), FixtureArchive.TODAY);
    }

    static Evaluation.QuestionSet phrases() {
        return Evaluation.QuestionSet.of("development.tsv", Evaluation.Expected.PHRASES, FixtureArchive.resource("qa/development.tsv"),
                FixtureArchive.folder(), FixtureArchive.TODAY);
    }

    @Test
    void theSetsCoverEveryKindOfQuestion() {
        assertThat(titles().cases()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(titles().cases()).extracting(Evaluation.Case::kind).contains("paraphrase", "de-en", "en-de", "dated", "none");
        assertThat(phrases().cases()).hasSizeGreaterThanOrEqualTo(25);
        assertThat(phrases().cases().stream().flatMap(c -> Arrays.stream(c.kind().split("\\+"))))
                .contains("headline", "editorial", "amount", "who", "when", "where", "anaphor", "content-time", "strict-time", "none");
        assertThat(FixtureArchive.files(FixtureArchive.folder())).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void theArticlesExpectedByTitleAreFoundAndNothingWhereThereIsNothing() {
        Evaluation.Report report = development.evaluate(titles(), SETTINGS);
        System.out.print(report);

        assertMeetsFloor(report, MIN_RECALL_AT_3);
    }

    @Test
    void headlinesEditorialsAndTheSentenceThatAnswersAreQuoted() {
        Evaluation.Report report = development.evaluate(phrases(), SETTINGS);
        System.out.print(report);

        assertMeetsFloor(report, MIN_RECALL_AT_3);
        assertThat(report.hybrid().quoteAccuracy()).as(report.hybrid().report()).isGreaterThanOrEqualTo(MIN_QUOTE_ACCURACY);
        assertThat(report.bm25().quoteAccuracy()).as(report.bm25().report()).isGreaterThanOrEqualTo(MIN_QUOTE_ACCURACY);
    }

    /** qa/development-2: written before the answering code was tuned on it, asked on Thursday 19 March 2026. */
    static Evaluation.QuestionSet secondSet() {
        return Evaluation.QuestionSet.inFolder("development-2", FixtureArchive.resource("qa/development-2"), LocalDate.of(2026, 3, 19));
    }

    @Test
    void theSecondSetIsAnsweredFromItsOwnArchive() {
        assertAnsweredFromItsOwnArchive(secondSet(), 15, 15, SECOND_SET_MIN_RECALL_AT_3);
    }

    /** qa/development-3: written to check that a rule found on the other sets holds for questions it was not made for. */
    static Evaluation.QuestionSet thirdSet() {
        return Evaluation.QuestionSet.inFolder("development-3", FixtureArchive.resource("qa/development-3"), LocalDate.of(2025, 11, 20));
    }

    @Test
    void theThirdSetIsAnsweredFromItsOwnArchive() {
        assertAnsweredFromItsOwnArchive(thirdSet(), 10, 10, THIRD_SET_MIN_RECALL_AT_3);
    }

    /** qa/development-4: questions across the languages and reworded, written before the answering code was changed for them. */
    static Evaluation.QuestionSet fourthSet() {
        return Evaluation.QuestionSet.inFolder("development-4", FixtureArchive.resource("qa/development-4"), LocalDate.of(2024, 6, 20));
    }

    @Test
    void theFourthSetIsAnsweredFromItsOwnArchive() {
        assertAnsweredFromItsOwnArchive(fourthSet(), 10, 8, FOURTH_SET_MIN_RECALL_AT_3);
    }

    /**
     * qa/development-5: near misses without an answer (an issue's people, places and subjects, asked for a fact it does
     * not give or of another country, place or year), written before the answering code was changed for them.
     */
    static Evaluation.QuestionSet fifthSet() {
        return Evaluation.QuestionSet.inFolder("development-5", FixtureArchive.resource("qa/development-5"), LocalDate.of(2026, 6, 11));
    }

    /**
     * qa/development-6: subjects the other sets do not have, across the languages, reworded, answered by editorials and
     * headlines, with near misses; written before the answering code was changed for them.
     */
    static Evaluation.QuestionSet sixthSet() {
        return Evaluation.QuestionSet.inFolder("development-6", FixtureArchive.resource("qa/development-6"), LocalDate.of(2025, 9, 25));
    }

    /**
     * qa/development-7: new subjects, asked as busy readers type, across the languages, reworded, answered by editorials
     * and headlines, with near misses; written and committed before it was measured, and measured first after the rules of
     * 6 December 2026 (see docs/developing/testing.md).
     */
    static Evaluation.QuestionSet seventhSet() {
        return Evaluation.QuestionSet.inFolder("development-7", FixtureArchive.resource("qa/development-7"), LocalDate.of(2026, 3, 12));
    }

    /** The sets with near misses: each set, how many of its questions have no answer at least, and its two floors. */
    static Stream<Arguments> setsWithNearMisses() {
        return Stream.of(
                Arguments.of(fifthSet(), 20, FIFTH_SET_MIN_RECALL_AT_3, FIFTH_SET_MIN_NO_ANSWER_PRECISION),
                Arguments.of(sixthSet(), 14, SIXTH_SET_MIN_RECALL_AT_3, SIXTH_SET_MIN_NO_ANSWER_PRECISION),
                Arguments.of(seventhSet(), 14, SEVENTH_SET_MIN_RECALL_AT_3, SEVENTH_SET_MIN_NO_ANSWER_PRECISION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setsWithNearMisses")
    void aSetIsAnsweredFromItsOwnArchiveAndItsNearMissesMostlyNot(Evaluation.QuestionSet set, int unanswerable, double recallFloor,
                                                                 double noAnswerFloor) {
        assertLeavesUnanswered(assertAnsweredFromItsOwnArchive(set, 10, unanswerable, recallFloor), noAnswerFloor);
    }

    /** At least {@code floor} of the questions without an answer left unanswered, with and without embeddings. */
    private static void assertLeavesUnanswered(Evaluation.Report report, double floor) {
        assertThat(report.hybrid().noAnswerPrecision()).as(report.hybrid().report()).isGreaterThanOrEqualTo(floor);
        assertThat(report.bm25().noAnswerPrecision()).as(report.bm25().report()).isGreaterThanOrEqualTo(floor);
    }

    /** A set of at least {@code issues} issues and {@code unanswerable} questions without an answer, asked both ways. */
    private static Evaluation.Report assertAnsweredFromItsOwnArchive(Evaluation.QuestionSet set, int issues, int unanswerable,
                                                                      double floor) {
        assertThat(set.issues()).hasSizeGreaterThanOrEqualTo(issues);
        assertThat(set.cases().stream().filter(c -> !c.hasAnswer())).hasSizeGreaterThanOrEqualTo(unanswerable);

        Evaluation.Report report = Evaluation.evaluate(set, model, SETTINGS);
        System.out.print(report);

        assertThat(report.hybrid().recallAt(3)).as(report.hybrid().report()).isGreaterThanOrEqualTo(floor);
        assertThat(report.bm25().recallAt(3)).as(report.bm25().report()).isGreaterThanOrEqualTo(floor);
        return report;
    }

    @Test
    void aSetInAFolderWithItsOwnDayIsEvaluatedTheSameWay(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("archive"));
        Files.copy(FixtureArchive.resource("qa/whole-issue/leak-issue.txt"), folder.resolve("archive/2022-07-08-china.txt"));
        Files.writeString(folder.resolve("questions.tsv"), String.join("\n",
                "# kind\tquestion\texpected",
                "amount\tHow much do the hackers want for the vehicle registry?\t40 Bitcoin",
                "headline\tAre the ferry routes to Macau reopening?\tMacau reopens ferry routes | ferries",
                "editorial\tWhat does the transport ministry promise after the leak?\taudits of every provincial registry",
                "none\tWho won the Bundesliga?\t-"));

        Evaluation.Report report = Evaluation.evaluate(Evaluation.QuestionSet.inFolder("folder", folder, LocalDate.of(2022, 7, 9)),
                model, SETTINGS);
        System.out.print(report);

        assertMeetsFloor(report, 1.0);
        assertThat(report.hybrid().quoteAccuracy()).as(report.hybrid().report()).isEqualTo(1.0);
        assertThat(report.bm25().noAnswerPrecision()).isEqualTo(1.0);
        assertThat(report.hybrid().answerable()).hasSize(3);
    }

    /** Recall@3 of at least {@code floor} with and without embeddings, and no answer where there is none. */
    static void assertMeetsFloor(Evaluation.Report report, double floor) {
        for (Evaluation.Figures figures : List.of(report.hybrid(), report.bm25())) {
            assertThat(figures.wronglyAnswered()).as("questions without an answer that got one: " + figures.report()).isEmpty();
            assertThat(figures.recallAt(3)).as(figures.report()).isGreaterThanOrEqualTo(floor);
        }
    }
}
