package io.briefbot.briefing;

import io.briefbot.archive.SearchKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles per week with a tag (any case, any accents), for the weeks up to and including the current one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TagTrends {

    private final EntityManager entityManager;
    private final BriefingService briefings;

    public TagTrends(EntityManager entityManager, BriefingService briefings) {
        this.entityManager = entityManager;
        this.briefings = briefings;
    }

    /**
     * The weekly counts of {@code tag} over {@code weeks} weeks ending with the week of {@code today}; a tag no article
     * ever had gives the tags the caller may have meant instead.
     */
    public Trend weekly(String tag, int weeks, LocalDate today) {
        ArticlePage newest = briefings.byTag(tag, 0, 1);
        if (newest.total() == 0) {
            return new Trend(null, newest.suggestions());
        }
        String key = SearchKeys.of(tag);
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstWeek = lastWeek.minusWeeks(weeks - 1L);
        List<?> rows = entityManager.createNativeQuery("""
                        select cast(date_trunc('week', i.edition_date) as date), count(*)
                        from article a join issue i on i.id = a.issue_id
                        where ?1 = any(a.tag_keys) and i.edition_date between ?2 and ?3
                        group by 1""")
                .setParameter(1, key).setParameter(2, firstWeek).setParameter(3, lastWeek.plusDays(6))
                .getResultList();
        Map<LocalDate, Long> byWeek = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            LocalDate week = columns[0] instanceof LocalDate date ? date : ((java.sql.Date) columns[0]).toLocalDate();
            byWeek.put(week, ((Number) columns[1]).longValue());
        }
        List<LocalDate> mondays = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        for (LocalDate monday = firstWeek; !monday.isAfter(lastWeek); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
            counts.add(byWeek.getOrDefault(monday, 0L));
        }
        String spelled = newest.items().get(0).tags().stream().filter(name -> SearchKeys.of(name).equals(key)).findFirst().orElse(tag);
        return new Trend(new TagWeeks(spelled, mondays, counts), List.of());
    }

    /**
     * @param weeks       the counts; null when no article ever had the tag
     * @param suggestions then the tags spelled near it, most used first
     */
    public record Trend(TagWeeks weeks, List<String> suggestions) {
    }
}
