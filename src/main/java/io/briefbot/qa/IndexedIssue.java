package io.briefbot.qa;

import io.briefbot.archive.Article;
import io.briefbot.archive.Issue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An issue as the index sees it: what is searched, what is quoted and what is cited. */
public record IndexedIssue(long id, String publication, LocalDate date, Instant updatedAt, List<String> headlines,
                           List<String> editorialParagraphs, String editorialAuthor, List<IndexedArticle> articles) {

    public record IndexedArticle(long id, String section, String title, String lede, List<String> paragraphs,
                                 List<String> tags, String url) {
    }

    public static IndexedIssue of(Issue issue) {
        return new IndexedIssue(issue.id, issue.publication, issue.date, issue.updatedAt, List.copyOf(issue.headlines),
                List.copyOf(issue.editorialParagraphs), issue.editorialAuthor,
                issue.articles.stream().map(IndexedIssue::of).toList());
    }

    private static IndexedArticle of(Article article) {
        return new IndexedArticle(article.id, article.section, article.title, article.lede, List.copyOf(article.paragraphs),
                List.copyOf(article.tags), article.url);
    }
}
