package io.briefbot.qa;

import java.util.List;
import java.util.Optional;

/** A question as the retriever reads it: what it asks about, and when. */
record Question(String text, String topic, List<Concept> concepts, Optional<DateWindow> window) {

    boolean isEmpty() {
        return concepts.isEmpty();
    }
}
