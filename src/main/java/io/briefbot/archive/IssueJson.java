package io.briefbot.archive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shape of a stored (or previewed, then without ids) issue. */
public record IssueJson(Long id, String publication, LocalDate date, String title, List<String> headlines,
                        EditorialJson editorial, List<ArticleJson> articles, String contentHash, Instant ingestedAt) {

    public record EditorialJson(List<String> paragraphs, String author) {
    }

    /** {@code titleDerived}: the input showed no title, so {@code title} was made from the first sentence. */
    public record ArticleJson(Long id, String section, String title, boolean titleDerived, String lede,
                              List<String> paragraphs, List<String> tags, String author, String url) {

        public static ArticleJson of(Article article) {
            return new ArticleJson(article.id, article.section, article.title, article.titleDerived, article.lede,
                    List.copyOf(article.paragraphs), List.copyOf(article.tags), article.author, article.url);
        }
    }

    public static IssueJson of(Issue issue) {
        EditorialJson editorial = issue.editorialParagraphs.isEmpty() && issue.editorialAuthor == null
                ? null
                : new EditorialJson(List.copyOf(issue.editorialParagraphs), issue.editorialAuthor);
        return new IssueJson(issue.id, issue.publication, issue.date, issue.title, List.copyOf(issue.headlines), editorial,
                issue.articles.stream().map(ArticleJson::of).toList(), issue.contentHash, issue.ingestedAt);
    }
}
