package io.briefbot.delivery;

import io.briefbot.archive.Issue;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.qa.IndexedIssue;
import io.briefbot.qa.WatchMatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the watch alerts of a stored issue into the ledger: the issue, once, to every chat watching words that one of
 * its articles, headlines or editorial paragraphs contains. A corrected issue queues only chats it did not alert before
 * (their alerts are edited, see {@link QueueCorrections}); issues older than yesterday alert nobody, as with tag alerts.
 */
@ApplicationScoped
public class QueueWatchAlerts {

    private final EntityManager entityManager;
    private final WatchMatcher matcher;
    private final BriefingCalendar calendar;
    private final Clock clock;

    QueueWatchAlerts(EntityManager entityManager, WatchMatcher matcher, BriefingCalendar calendar, Clock clock) {
        this.entityManager = entityManager;
        this.matcher = matcher;
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
        Optional<Issue> issue = Issue.<Issue>findByIdOptional(issueId).filter(found -> !found.date.isBefore(oldest));
        if (issue.isEmpty()) {
            return 0;
        }
        Set<String> matching = matcher.matching(IndexedIssue.of(issue.get()), ChatWatch.allWords());
        if (matching.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery("""
                        insert into delivery (platform, chat_id, thread_id, workspace, kind, issue_id, edition_date, state,
                                              due_at, next_attempt_at, created_at, updated_at)
                        select distinct w.platform, w.chat_id, w.thread_id, w.workspace, 'watch_alert', cast(?2 as bigint),
                               cast(?3 as date), 'pending', cast(?1 as timestamptz), cast(?1 as timestamptz),
                               cast(?1 as timestamptz), cast(?1 as timestamptz)
                        from chat_watch w
                        where w.words in (?4)
                        order by w.platform, w.chat_id, w.thread_id
                        on conflict do nothing""")
                .setParameter(1, now).setParameter(2, issueId).setParameter(3, issue.get().date)
                .setParameter(4, matching)
                .executeUpdate();
    }
}
