package io.briefbot.qa;

import java.util.List;
import java.util.Optional;

/**
 * A question as the retriever reads it: what it asks about, and when.
 *
 * @param windowMayBeContent whether the time phrase may be the day of what is asked about rather than of the issues
 *                           (see {@link DatePhrases}): then the whole archive is asked when the window has no answer
 */
record Question(String text, String topic, List<Concept> concepts, Optional<DateWindow> window, boolean windowMayBeContent) {

    boolean isEmpty() {
        return concepts.isEmpty();
    }
}
