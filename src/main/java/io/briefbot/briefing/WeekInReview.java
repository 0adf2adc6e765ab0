package io.briefbot.briefing;

import io.briefbot.archive.Article;
import io.briefbot.archive.Issue;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a week brought, of one publication or of all: its issues, its most used tags with their count the week before,
 * and its articles with any of some tags. A week is any seven days, {@code from} to {@code from + 6}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class WeekInReview {

    private static final int WEEK_DAYS = 7;

    private final EntityManager entityManager;
    private final BriefingService briefings;

    public WeekInReview(EntityManager entityManager, BriefingService briefings) {
        this.entityManager = entityManager;
        this.briefings = briefings;
    }

    /** @param publication null for every publication */
    public List<Issue> issues(LocalDate from, String publication) {
        return publication == null
                ? Issue.list("date between ?1 and ?2", Sort.by("date").and("publication"), from, last(from))
                : Issue.list("date between ?1 and ?2 and lower(publication) = lower(?3)", Sort.by("date").and("publication"), from,
                        last(from), publication);
    }

    /** The week's {@code limit} most used tags (any case), most used first, each with its count in the seven days before. */
    public List<TagWeek> topTags(LocalDate from, String publication, int limit) {
        List<TagCount> week = briefings.tagCounts(from, last(from), publication, limit);
        Map<String, Long> before = new HashMap<>();
        LocalDate weekBefore = from.minusDays(WEEK_DAYS);
        briefings.tagCounts(weekBefore, last(weekBefore), publication, Integer.MAX_VALUE)
                .forEach(tag -> before.put(tag.tag().toLowerCase(Locale.ROOT), tag.count()));
        return week.stream().map(tag -> new TagWeek(tag.tag(), tag.count(), before.getOrDefault(tag.tag().toLowerCase(Locale.ROOT), 0L)))
                .toList();
    }

    /** The week's articles with any of the tags (as {@link io.briefbot.archive.SearchKeys} has them), oldest first. */
    public List<ArticleHit> tagged(LocalDate from, String publication, Collection<String> tagKeys, int limit) {
        if (tagKeys.isEmpty()) {
            return List.of();
        }
        List<Article> articles = entityManager.createNativeQuery("""
                        select a.* from article a join issue i on i.id = a.issue_id
                        where i.edition_date between ?1 and ?2 and (?3 = '' or lower(i.publication) = lower(?3))
                          and a.tag_keys && cast(?4 as text[])
                        order by i.edition_date, i.publication, a.position
                        limit ?5""", Article.class)
                .setParameter(1, from).setParameter(2, last(from)).setParameter(3, publication == null ? "" : publication)
                .setParameter(4, tagKeys.toArray(String[]::new)).setParameter(5, limit)
                .getResultList();
        return articles.stream().map(ArticleHit::of).toList();
    }

    private static LocalDate last(LocalDate from) {
        return from.plusDays(WEEK_DAYS - 1L);
    }

    /** A tag's articles in a week and in the seven days before it. */
    public record TagWeek(String tag, long count, long before) {
    }
}
