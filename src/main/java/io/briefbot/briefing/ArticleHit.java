package io.briefbot.briefing;

import io.briefbot.archive.Article;
import java.time.LocalDate;
import java.util.List;

/** An article as a list shows it: enough to pick it, with its issue's publication and date. */
public record ArticleHit(long id, long issueId, String publication, LocalDate date, String section, String title,
                         String lede, List<String> tags, String url) {

    public static ArticleHit of(Article article) {
        return new ArticleHit(article.id, article.issue.id, article.issue.publication, article.issue.date, article.section,
                article.title, article.lede, List.copyOf(article.tags), article.url);
    }
}
