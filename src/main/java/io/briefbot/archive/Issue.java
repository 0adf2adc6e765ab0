package io.briefbot.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One stored edition of a briefing, with its articles in order. */
@Entity
@Table(name = "issue")
public class Issue extends PanacheEntityBase {

    /** The edition key of a whole issue; single-article pages use their title instead. */
    public static final String WHOLE_ISSUE = "";

    private static final Sort NEWEST_FIRST = Sort.descending("date").and("id", Sort.Direction.Descending);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String publication;

    @Column(name = "edition_date", nullable = false)
    public LocalDate date;

    @Column(name = "edition_key", nullable = false)
    public String editionKey = WHOLE_ISSUE;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> headlines = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "editorial_paragraphs", nullable = false)
    public List<String> editorialParagraphs = new ArrayList<>();

    @Column(name = "editorial_author")
    public String editorialAuthor;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "raw_content", nullable = false)
    public byte[] rawContent;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false)
    public String source;

    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "issue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Article> articles = new ArrayList<>();

    public static Optional<Issue> findByContentHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }

    public static Optional<Issue> findEdition(String publication, LocalDate date, String editionKey) {
        return find("publication = ?1 and date = ?2 and editionKey = ?3", publication, date, editionKey).firstResultOptional();
    }

    public static Optional<Issue> findLatest() {
        return findAll(NEWEST_FIRST).firstResultOptional();
    }

    public static Optional<Issue> findLatestOf(String publication) {
        return find("lower(publication) = lower(?1)", NEWEST_FIRST, publication).firstResultOptional();
    }

    public static List<Issue> listOn(LocalDate date) {
        return list("date", NEWEST_FIRST, date);
    }

    public static List<Issue> listNewestFirst(int pageIndex, int pageSize) {
        return findAll(NEWEST_FIRST).page(Page.of(pageIndex, pageSize)).list();
    }

    public static Optional<Issue> findLastBefore(LocalDate date) {
        return find("date < ?1", NEWEST_FIRST, date).firstResultOptional();
    }

    public static Optional<Issue> findFirstAfter(LocalDate date) {
        return find("date > ?1", Sort.ascending("date").and("id"), date).firstResultOptional();
    }

    public void replaceArticles(List<Article> replacements) {
        // Articles keep their ids position by position, so links to them survive a corrected re-ingest.
        for (int i = 0; i < replacements.size(); i++) {
            Article replacement = replacements.get(i);
            if (i < articles.size()) {
                articles.get(i).copyContentFrom(replacement);
            } else {
                replacement.issue = this;
                replacement.position = i;
                articles.add(replacement);
            }
        }
        while (articles.size() > replacements.size()) {
            articles.remove(articles.size() - 1);
        }
    }

    public void addArticle(Article article) {
        article.issue = this;
        article.position = articles.size();
        articles.add(article);
    }
}
