package io.briefbot.ingest.parse;

import java.time.LocalDate;
import java.util.List;

/** One parsed briefing issue; all lists are immutable. */
public record ParsedIssue(String publication,
                          LocalDate date,
                          String title,
                          List<String> headlines,
                          Editorial editorial,
                          List<ParsedArticle> articles) {
    public ParsedIssue {
        headlines = List.copyOf(headlines);
        articles = List.copyOf(articles);
    }
}
