package io.briefbot.qa;

import java.time.LocalDate;
import java.util.Optional;

/** Answers a question from an index: reads it, retrieves candidates, picks the quotes. No database, no model. */
final class QuestionAnswerer {

    private final QuestionReader reader;
    private final Retriever retriever;
    private final AnswerBuilder builder;

    QuestionAnswerer(ArchiveIndex index, ArticleVectors vectors, Optional<Embedder> embedder, Retriever.Settings settings,
                     Glossary glossary) {
        this.reader = new QuestionReader(glossary);
        this.retriever = new Retriever(index, vectors, embedder, settings);
        this.builder = new AnswerBuilder(retriever);
    }

    Answer answer(String question, LocalDate today, boolean byMeaning) {
        Question read = reader.read(question, today);
        if (read.isEmpty()) {
            return new Answer(question, read.topic(), read.window(), java.util.List.of(), java.util.List.of(),
                    java.util.List.of(), Optional.empty(), Optional.empty());
        }
        return builder.build(read, retriever.retrieve(read, today, byMeaning));
    }

    /**
     * A follow-up understood in the context of the question before it: the follow-up's own time phrase, if any,
     * replaces the earlier one ("and last month?").
     */
    Answer followUp(String earlier, String followUp, LocalDate today, boolean byMeaning) {
        Question own = reader.read(followUp, today);
        String context = own.window().isPresent() ? reader.read(earlier, today).topic() : earlier;
        return answer(followUp + " " + context, today, byMeaning);
    }
}
