package io.briefbot.qa;

import java.time.LocalDate;

/**
 * Where a quote comes from: an article of an issue, one of its headlines, or a paragraph of its editorial.
 *
 * @param unit      the index's key of the quoted unit
 * @param articleId the article; null for a headline or the editorial
 * @param title     the article's title or the headline; null for the editorial
 * @param author    the editorial's author, when known; null otherwise
 */
public record Source(Kind kind, String unit, Long articleId, long issueId, String publication, LocalDate date, String title,
                     String url, String author) {

    public enum Kind { ARTICLE, HEADLINE, EDITORIAL }
}
