package io.briefbot.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation set: 88 questions (paraphrases, German questions over English articles and the reverse, questions
 * about a time, questions the archive cannot answer) over the 32 invented issues, asked on 15 October 2026. Fails
 * when recall@3 drops below 0.9 or when a question without an answer gets one.
 */
class AnswerEvaluationTest {

    /** The defaults of {@link QaConfig}. */
    static final Retriever.Settings SETTINGS = new Retriever.Settings(0.15, 30, 0.6, 0.62);
    static final double MIN_RECALL_AT_3 = 0.9;

    static ArchiveIndex index;
    static ArticleVectors vectors;
    static Embedder model;

    @BeforeAll
    static void buildIndex() {
        index = FixtureArchive.index();
        vectors = new ArticleVectors();
        model = new MiniLmEmbedder();
        EmbeddingBacklog.catchUp(index, vectors, model, null, () -> false);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void theSetCoversEveryKindOfQuestion() {
        List<Evaluation.Case> cases = Evaluation.cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(cases).extracting(Evaluation.Case::kind).contains("paraphrase", "de-en", "en-de", "dated", "none");
        assertThat(FixtureArchive.files()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void hybridAnswersFindTheExpectedArticlesAndNothingWhereThereIsNothing() {
        QuestionAnswerer answerer = new QuestionAnswerer(index, vectors, Optional.of(model), SETTINGS, Glossary.load());
        Evaluation.Figures figures = Evaluation.run(Evaluation.cases(), q -> answerer.answer(q, FixtureArchive.TODAY, true));
        System.out.print(Evaluation.report("hybrid (BM25 + embeddings)", figures));

        assertThat(figures.wronglyAnswered()).as("questions without an answer that got one").isEmpty();
        assertThat(figures.recallAt3()).as(Evaluation.report("hybrid", figures)).isGreaterThanOrEqualTo(MIN_RECALL_AT_3);
    }

    @Test
    void wordsAloneAnswerTooAndNeverInventAnAnswer() {
        QuestionAnswerer answerer = new QuestionAnswerer(index, vectors, Optional.empty(), SETTINGS, Glossary.load());
        Evaluation.Figures figures = Evaluation.run(Evaluation.cases(), q -> answerer.answer(q, FixtureArchive.TODAY, false));
        System.out.print(Evaluation.report("BM25 alone", figures));

        assertThat(figures.wronglyAnswered()).as("questions without an answer that got one").isEmpty();
        assertThat(figures.recallAt3()).as(Evaluation.report("BM25", figures)).isGreaterThanOrEqualTo(MIN_RECALL_AT_3);
    }
}
