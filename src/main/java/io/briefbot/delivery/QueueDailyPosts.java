package io.briefbot.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Puts the daily posts that are due at an instant into the ledger: for each subscription whose slot has come on
 * its local date (and came after the subscription was made), every issue of its publication dated that local
 * date that the chat has not received. Only today's issues: after downtime, older ones are never posted. The
 * ledger's unique constraint keeps a chat from getting an issue twice, however often this runs. Rows go in in one
 * total order, so that two runners queueing the same posts wait for each other instead of deadlocking.
 */
@ApplicationScoped
public class QueueDailyPosts {

    private static final String INSERT = """
            insert into delivery (platform, chat_id, thread_id, workspace, kind, issue_id, edition_date, state, due_at,
                                  next_attempt_at, created_at, updated_at)
            select s.platform, s.chat_id, s.thread_id, s.workspace, 'daily', i.id, i.edition_date, 'pending',
                   s.due_at::timestamptz, ?, ?, ?
            from unnest(?, ?, ?, ?, ?, ?, ?) as s(platform, chat_id, thread_id, workspace, local_date, publication, due_at)
            join issue i on i.edition_date = s.local_date::date
                        and (s.publication = '' or lower(i.publication) = lower(s.publication))
            where not exists (select 1 from delivery d where d.platform = s.platform and d.chat_id = s.chat_id
                                                         and d.thread_id = s.thread_id and d.issue_id = i.id)
            order by s.due_at, s.platform, s.chat_id, s.thread_id, i.id
            on conflict do nothing""";

    private final EntityManager entityManager;
    private final Clock clock;

    QueueDailyPosts(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @return how many posts were queued */
    @Transactional
    public int queue(Instant at) {
        List<String> platforms = new ArrayList<>();
        List<String> chats = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        List<String> workspaces = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> publications = new ArrayList<>();
        List<String> dueAts = new ArrayList<>();
        for (Subscription subscription : Subscription.<Subscription>listAll()) {
            DailySlot slot = subscription.slot();
            slot.dueAt(at).filter(due -> !due.isBefore(subscription.createdAt)).ifPresent(due -> {
                platforms.add(subscription.platform);
                chats.add(subscription.chatId);
                threads.add(subscription.threadId);
                workspaces.add(subscription.workspace);
                dates.add(slot.localDate(at).toString());
                publications.add(subscription.publication == null ? "" : subscription.publication);
                dueAts.add(due.toString());
            });
        }
        if (platforms.isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setTimestamp(1, now);
                insert.setTimestamp(2, now);
                insert.setTimestamp(3, now);
                List<List<String>> columns = List.of(platforms, chats, threads, workspaces, dates, publications, dueAts);
                for (int i = 0; i < columns.size(); i++) {
                    insert.setArray(4 + i, texts(connection, columns.get(i)));
                }
                return insert.executeUpdate();
            }
        });
    }

    static Array texts(Connection connection, List<String> values) throws java.sql.SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }
}
