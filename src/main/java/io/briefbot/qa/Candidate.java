package io.briefbot.qa;

import java.time.LocalDate;
import java.util.List;

/**
 * An article (or, with {@code articleId} null, an issue's editorial) the retriever found, with how well it covers
 * the question's words and how close its meaning is.
 */
record Candidate(Long articleId, long issueId, String publication, LocalDate date, String title, String url, String lede,
                 List<String> paragraphs, List<String> tags, double coverage, float similarity, double score) {

    Candidate scored(double coverage, float similarity, double score) {
        return new Candidate(articleId, issueId, publication, date, title, url, lede, paragraphs, tags, coverage, similarity, score);
    }
}
