package io.briefbot.qa;

import java.util.List;
import java.util.Optional;

/**
 * What the archive says to a question: sentences quoted from the best articles with their sources, and related
 * articles. With no quotes, the archive has nothing on it; {@code suggestions} are then tags close to the question.
 *
 * @param topic    the question without its time phrase
 * @param phrased  the quotes phrased by a language model from them alone, when one is configured and answered
 * @param phrasingFailure why the configured model gave no answer, when it failed (the quotes stand alone then)
 */
public record Answer(String question, String topic, Optional<DateWindow> window, List<Quote> quotes, List<Source> related,
                     List<String> suggestions, Optional<String> phrased, Optional<String> phrasingFailure) {

    public boolean found() {
        return !quotes.isEmpty();
    }

    Answer phrasedAs(String text) {
        return new Answer(question, topic, window, quotes, related, suggestions, Optional.of(text), Optional.empty());
    }

    Answer phrasingFailed(String why) {
        return new Answer(question, topic, window, quotes, related, suggestions, Optional.empty(), Optional.of(why));
    }
}
