package io.briefbot.ingest.parse;

import java.util.List;

/**
 * One article of an issue. {@code lede} is the first paragraph, {@code paragraphs} the body after it.
 * {@code section}, {@code lede}, {@code author} and {@code url} may be null. {@code titleDerived} is true when the
 * input showed no title and the title was made from the first sentence.
 */
public record ParsedArticle(String section,
                            String title,
                            String lede,
                            List<String> paragraphs,
                            List<String> tags,
                            String author,
                            String url,
                            boolean titleDerived) {
    public ParsedArticle {
        paragraphs = List.copyOf(paragraphs);
        tags = List.copyOf(tags);
    }

    public ParsedArticle(String section, String title, String lede, List<String> paragraphs, List<String> tags,
                         String author, String url) {
        this(section, title, lede, paragraphs, tags, author, url, false);
    }
}
