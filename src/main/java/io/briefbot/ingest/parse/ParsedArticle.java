package io.briefbot.ingest.parse;

import java.util.List;

/**
 * One article of an issue. {@code lede} is the first paragraph, {@code paragraphs} the body after it.
 * {@code section}, {@code lede}, {@code author} and {@code url} may be null.
 */
public record ParsedArticle(String section,
                            String title,
                            String lede,
                            List<String> paragraphs,
                            List<String> tags,
                            String author,
                            String url) {
    public ParsedArticle {
        paragraphs = List.copyOf(paragraphs);
        tags = List.copyOf(tags);
    }
}
