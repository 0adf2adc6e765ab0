package io.briefbot.qa;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Answers a question from an index: reads it, retrieves candidates, picks the quotes. No database, no model. A time
 * phrase that may belong to the content ("on Monday") is asked of the whole archive when its issues have no answer.
 */
final class QuestionAnswerer {

    private final QuestionReader reader;
    private final Retriever retriever;
    private final AnswerBuilder builder;

    QuestionAnswerer(ArchiveIndex index, UnitVectors vectors, Optional<Embedder> embedder, Retriever.Settings settings,
                     Glossary glossary) {
        this.reader = new QuestionReader(glossary);
        this.retriever = new Retriever(index, vectors, embedder, settings, glossary);
        this.builder = new AnswerBuilder(retriever, embedder);
    }

    Answer answer(String question, LocalDate today, boolean byMeaning) {
        Question read = reader.read(question, today);
        if (read.isEmpty()) {
            return new Answer(question, read.topic(), read.window(), false, List.of(), List.of(), List.of(), Optional.empty(),
                    Optional.empty());
        }
        Retriever.Retrieval windowed = retriever.retrieve(read, today, byMeaning);
        Answer answer = builder.build(read, windowed);
        if (answer.found() || !read.windowMayBeContent()) {
            return answer;
        }
        Answer everywhere = builder.build(read, retriever.retrieveEverywhere(read, today, windowed));
        return everywhere.found() ? everywhere.foundBeyondWindow() : answer;
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
