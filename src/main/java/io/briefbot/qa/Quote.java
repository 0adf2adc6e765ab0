package io.briefbot.qa;

/** A sentence taken word for word from an article, with its source. */
public record Quote(String text, Source source) {
}
