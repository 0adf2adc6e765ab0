package io.briefbot.qa;

import io.briefbot.ingest.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;

/** Questions to the archive, answered with quotes and their sources; and the keyword search of /search. */
@ApplicationScoped
public class ArchiveQuestions {

    private final IndexSync sync;
    private final EmbeddingBacklog embeddings;
    private final AnswerPhraser phraser;
    private final QaConfig config;
    private final IngestConfig ingest;
    private final Clock clock;
    private final Glossary glossary = Glossary.shared();
    private volatile Engine engine;

    public ArchiveQuestions(IndexSync sync, EmbeddingBacklog embeddings, AnswerPhraser phraser, QaConfig config,
                            IngestConfig ingest, Clock clock) {
        this.sync = sync;
        this.embeddings = embeddings;
        this.phraser = phraser;
        this.config = config;
        this.ingest = ingest;
        this.clock = clock;
    }

    public Answer ask(String question) {
        return phraser.phrase(engine().answerer.answer(question, today(), config.embeddings()));
    }

    /** A follow-up to an earlier question, in its context ("and in July?", "what about the fines?"). */
    public Answer askFollowUp(String earlierQuestion, String followUp) {
        return phraser.phrase(engine().answerer.followUp(earlierQuestion, followUp, today(), config.embeddings()));
    }

    public SearchMatches search(String words, int page, int size) {
        return engine().search.search(words, page, size);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ingest.timeZone());
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
