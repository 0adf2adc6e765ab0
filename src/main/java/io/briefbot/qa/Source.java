package io.briefbot.qa;

import java.time.LocalDate;

/** Where a quote comes from: an article of an issue. */
public record Source(long articleId, long issueId, String publication, LocalDate date, String title, String url) {

    static Source of(Candidate candidate) {
        return new Source(candidate.articleId(), candidate.issueId(), candidate.publication(), candidate.date(),
                candidate.title(), candidate.url());
    }
}
