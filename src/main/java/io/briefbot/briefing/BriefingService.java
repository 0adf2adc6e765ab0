package io.briefbot.briefing;

import io.briefbot.archive.Article;
import io.briefbot.archive.Issue;
import io.briefbot.archive.IssueJson;
import io.briefbot.archive.SearchKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The read side of the archive: the queries that commands and the read API need. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BriefingService {

    private static final int MAX_SUGGESTIONS = 5;

    private final EntityManager entityManager;
    private final ArchiveCache cache;

    public BriefingService(EntityManager entityManager, ArchiveCache cache) {
        this.entityManager = entityManager;
        this.cache = cache;
    }

    /** The newest issue of a publication, or of any publication when none is given. */
    public Optional<IssueJson> latest(Optional<String> publication) {
        Optional<String> named = publication.map(String::trim).filter(p -> !p.isEmpty());
        if (named.isPresent() && !publications().contains(named.get().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String key = "latest:" + named.map(p -> p.toLowerCase(Locale.ROOT)).orElse("");
        return cache.get(key, () -> named.map(Issue::findLatestOf).orElseGet(Issue::findLatest).map(IssueJson::of));
    }

    /**
     * The publications of the archive, lower case, kept with the other answers: a name that is none of them
     * (users type anything after /today) is answered without asking the database.
     */
    private Set<String> publications() {
        return cache.<Set<String>>get("publications", () -> {
            List<?> names = entityManager.createNativeQuery("select distinct publication from issue").getResultList();
            return Optional.of(names.stream().map(name -> ((String) name).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        }).orElseThrow();
    }

    public Optional<IssueJson> byId(long id) {
        return Issue.<Issue>findByIdOptional(id).map(IssueJson::of);
    }

    /** The issues published on a day, newest first (several when there are several publications). */
    public List<IssueJson> on(LocalDate date) {
        return Issue.listOn(date).stream().map(IssueJson::of).toList();
    }

    public NearestIssues nearest(LocalDate date) {
        return new NearestIssues(Issue.findLastBefore(date).map(IssueJson::of), Issue.findFirstAfter(date).map(IssueJson::of));
    }

    public IssuePage issues(int page, int size) {
        List<IssuePage.IssueSummary> items = Issue.listNewestFirst(page, size).stream()
                .map(i -> new IssuePage.IssueSummary(i.id, i.publication, i.date, i.title, List.copyOf(i.headlines),
                        i.editorialAuthor, i.articles.size()))
                .toList();
        return new IssuePage(items, page, size, Issue.count());
    }

    public Optional<ArticleHit> article(long id) {
        return Article.<Article>findByIdOptional(id).map(ArticleHit::of);
    }

    /** Articles tagged with {@code tag}, ignoring case and accents; other tags starting with it or spelled near it as suggestions. */
    public ArticlePage byTag(String tag, int page, int size) {
        String key = SearchKeys.of(tag);
        List<Article> articles = entityManager.createNativeQuery("""
                        select a.* from article a join issue i on i.id = a.issue_id
                        where ?1 = any(a.tag_keys)
                        order by i.edition_date desc, i.id desc, a.position
                        limit ?2 offset ?3""", Article.class)
                .setParameter(1, key).setParameter(2, size).setParameter(3, (long) page * size)
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery("select count(*) from article where ?1 = any(tag_keys)")
                .setParameter(1, key).getSingleResult()).longValue();
        return new ArticlePage(articles.stream().map(ArticleHit::of).toList(), page, size, total, suggestTags(key));
    }

    private List<String> suggestTags(String key) {
        if (key.isEmpty()) {
            return List.of();
        }
        List<?> rows = entityManager.createNativeQuery("""
                        select min(t.tag), count(*) from article a cross join lateral unnest(a.tags) as t(tag)
                        group by lower(t.tag)""")
                .getResultList();
        return rows.stream()
                .map(row -> new TagCount((String) ((Object[]) row)[0], ((Number) ((Object[]) row)[1]).longValue()))
                .filter(candidate -> isNear(key, SearchKeys.of(candidate.tag())))
                .sorted(Comparator.comparingLong(TagCount::count).reversed().thenComparing(TagCount::tag))
                .limit(MAX_SUGGESTIONS)
                .map(TagCount::tag)
                .toList();
    }

    private static boolean isNear(String key, String candidate) {
        if (candidate.equals(key)) {
            return false;
        }
        return candidate.startsWith(key) || (key.length() >= 4 && EditDistance.atMost(key, candidate, key.length() <= 6 ? 1 : 2));
    }

    /** The most used tags of articles in issues from {@code from} to {@code to}, both included. */
    public List<TagCount> tagCounts(LocalDate from, LocalDate to, int limit) {
        return tagCounts(from, to, null, limit);
    }

    /** The same, in the issues of one publication (any case); null for every publication. */
    public List<TagCount> tagCounts(LocalDate from, LocalDate to, String publication, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                        select min(t.tag), count(*) from article a join issue i on i.id = a.issue_id
                        cross join lateral unnest(a.tags) as t(tag)
                        where i.edition_date between ?1 and ?2 and (?3 = '' or lower(i.publication) = lower(?3))
                        group by lower(t.tag)
                        order by count(*) desc, min(t.tag)
                        limit ?4""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, publication == null ? "" : publication).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(row -> new TagCount((String) ((Object[]) row)[0], ((Number) ((Object[]) row)[1]).longValue())).toList();
    }

    /** Plain keyword search: articles containing every word (any case, any accents), best match and newest first. */
    public ArticlePage search(String words, int page, int size) {
        String query = SearchKeys.of(words);
        if (query.isEmpty()) {
            return new ArticlePage(List.of(), page, size, 0, List.of());
        }
        List<Article> articles = entityManager.createNativeQuery("""
                        select a.* from article a join issue i on i.id = a.issue_id
                        where a.search @@ plainto_tsquery('simple', ?1)
                        order by ts_rank(a.search, plainto_tsquery('simple', ?1)) desc, i.edition_date desc, a.id desc
                        limit ?2 offset ?3""", Article.class)
                .setParameter(1, query).setParameter(2, size).setParameter(3, (long) page * size)
                .getResultList();
        long total = ((Number) entityManager.createNativeQuery(
                        "select count(*) from article where search @@ plainto_tsquery('simple', ?1)")
                .setParameter(1, query).getSingleResult()).longValue();
        return new ArticlePage(articles.stream().map(ArticleHit::of).toList(), page, size, total, List.of());
    }
}
