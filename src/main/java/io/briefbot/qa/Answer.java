package io.briefbot.qa;

import java.util.List;
import java.util.Optional;

/**
 * What the archive says to a question: passages quoted from the best units (articles, headlines, editorial paragraphs)
 * with their sources, and related ones. With no quotes, the archive has nothing on it; {@code suggestions} are then
 * tags close to the question.
 *
 * @param topic    the question without its time phrase
 * @param window   the issues the time phrase named
 * @param beyondWindow whether nothing in the window answered and the quotes come from the whole archive
 * @param phrased  the quotes phrased by a language model from them alone, when one is configured and answered
 * @param phrasingFailure why the configured model gave no answer, when it failed (the quotes stand alone then)
 */
public record Answer(String question, String topic, Optional<DateWindow> window, boolean beyondWindow, List<Quote> quotes,
                     List<Source> related, List<String> suggestions, Optional<String> phrased, Optional<String> phrasingFailure) {

    public boolean found() {
        return !quotes.isEmpty();
    }

    /** The same answer, found in the whole archive because nothing in the window answered. */
    Answer foundBeyondWindow() {
        return new Answer(question, topic, window, true, quotes, related, suggestions, phrased, phrasingFailure);
    }

    Answer phrasedAs(String text) {
        return new Answer(question, topic, window, beyondWindow, quotes, related, suggestions, Optional.of(text), Optional.empty());
    }

    Answer phrasingFailed(String why) {
        return new Answer(question, topic, window, beyondWindow, quotes, related, suggestions, Optional.empty(), Optional.of(why));
    }
}
