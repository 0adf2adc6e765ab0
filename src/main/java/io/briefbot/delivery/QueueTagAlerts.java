package io.briefbot.delivery;

import io.briefbot.common.BriefingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Puts the tag alerts of a stored issue into the ledger: each article, once, to every chat following one of its
 * tags. A corrected issue queues only what is new (an article, or a tag, it did not have); issues older than
 * yesterday (a backfill of the archive) alert nobody. Rows go in in one total order, as in {@link QueueDailyPosts}.
 */
@ApplicationScoped
public class QueueTagAlerts {

    private final EntityManager entityManager;
    private final BriefingCalendar calendar;
    private final Clock clock;

    QueueTagAlerts(EntityManager entityManager, BriefingCalendar calendar, Clock clock) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @param storedAt when the issue was stored: whether it is too old to alert is judged then, not when this runs
     * @return how many alerts were queued
     */
    @Transactional
    public int queue(long issueId, Instant storedAt) {
        Instant now = clock.instant();
        LocalDate oldest = calendar.dayOf(storedAt).minusDays(1);
        return entityManager.createNativeQuery("""
                        insert into delivery (platform, chat_id, thread_id, workspace, kind, article_id, edition_date, state,
                                              due_at, next_attempt_at, created_at, updated_at)
                        select distinct f.platform, f.chat_id, f.thread_id, f.workspace, 'tag_alert', a.id, i.edition_date,
                               'pending', cast(?1 as timestamptz), cast(?1 as timestamptz), cast(?1 as timestamptz),
                               cast(?1 as timestamptz)
                        from issue i
                        join article a on a.issue_id = i.id
                        join tag_follow f on f.tag_key = any(a.tag_keys)
                        where i.id = ?2 and i.edition_date >= ?3
                        order by f.platform, f.chat_id, f.thread_id, a.id
                        on conflict do nothing""")
                .setParameter(1, now).setParameter(2, issueId).setParameter(3, oldest)
                .executeUpdate();
    }
}
