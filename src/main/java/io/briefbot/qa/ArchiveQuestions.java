package io.briefbot.qa;

import io.briefbot.common.BriefingCalendar;
import jakarta.enterprise.context.ApplicationScoped;

/** Questions to the archive, answered with quotes and their sources; and the keyword search of /search. */
@ApplicationScoped
public class ArchiveQuestions {

    private final IndexSync sync;
    private final EmbeddingBacklog embeddings;
    private final AnswerPhraser phraser;
    private final QaConfig config;
    private final BriefingCalendar calendar;
    private final Glossary glossary = Glossary.shared();
    private volatile Engine engine;

    public ArchiveQuestions(IndexSync sync, EmbeddingBacklog embeddings, AnswerPhraser phraser, QaConfig config,
                            BriefingCalendar calendar) {
        this.sync = sync;
        this.embeddings = embeddings;
        this.phraser = phraser;
        this.config = config;
        this.calendar = calendar;
    }

    public Answer ask(String question) {
        return phraser.phrase(engine().answerer.answer(question, calendar.today(), config.embeddings()));
    }

    /** A follow-up to an earlier question, in its context ("and in July?", "what about the fines?"). */
    public Answer askFollowUp(String earlierQuestion, String followUp) {
        return phraser.phrase(engine().answerer.followUp(earlierQuestion, followUp, calendar.today(), config.embeddings()));
    }

    public SearchMatches search(String words, int page, int size) {
        return engine().search.search(words, page, size);
    }

    private Engine engine() {
        ArchiveIndex index = sync.current();
        Engine current = engine;
        if (current == null || current.index != index) {
            current = new Engine(index, new QuestionAnswerer(index, sync.vectors(), embeddings.embedder(), settings(), glossary),
                    new KeywordSearch(index));
            engine = current;
        }
        return current;
    }

    private Retriever.Settings settings() {
        return new Retriever.Settings(config.recency(), config.recencyHalfLifeDays(), config.minCoverage(), config.minSimilarity());
    }

    private record Engine(ArchiveIndex index, QuestionAnswerer answerer, KeywordSearch search) {
    }
}
