package io.briefbot.ingest.parse;

import java.util.List;

/** The editor's introduction; {@code author} may be null. */
public record Editorial(List<String> paragraphs, String author) {
    public Editorial {
        paragraphs = List.copyOf(paragraphs);
    }
}
