package io.briefbot.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Puts the weekly digests that are due at an instant into the ledger: each digest whose slot has come on its local
 * date (and came after the digest was made), once per chat and calendar week; the ledger's unique index keeps it so
 * however often this runs and however many replicas run it. As with daily posts, a slot missed during downtime is
 * not made up later, and rows go in in one total order (see {@link QueueDailyPosts}).
 */
@ApplicationScoped
public class QueueDigests {

    private static final String INSERT = """
            insert into delivery (platform, chat_id, thread_id, workspace, kind, edition_date, state, due_at, next_attempt_at,
                                  created_at, updated_at)
            select s.platform, s.chat_id, s.thread_id, nullif(s.workspace, ''), 'digest', s.local_date::date, 'pending', s.due_at::timestamptz,
                   ?, ?, ?
            from unnest(?, ?, ?, ?, ?, ?) as s(platform, chat_id, thread_id, workspace, local_date, due_at)
            order by s.due_at, s.platform, s.chat_id, s.thread_id
            on conflict do nothing""";

    private final EntityManager entityManager;
    private final Clock clock;

    QueueDigests(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** @return how many digests were queued */
    @Transactional
    public int queue(Instant at) {
        List<List<String>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (WeeklyDigest digest : WeeklyDigest.<WeeklyDigest>listAll()) {
            DailySlot slot = digest.slot();
            slot.dueAt(at).filter(due -> !due.isBefore(digest.createdAt)).ifPresent(due -> {
                List<String> row = List.of(digest.platform, digest.chatId, digest.threadId, digest.workspace == null ? "" : digest.workspace,
                        slot.localDate(at).toString(), due.toString());
                for (int i = 0; i < row.size(); i++) {
                    columns.get(i).add(row.get(i));
                }
            });
        }
        if (columns.get(0).isEmpty()) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 1; i <= 3; i++) {
                    insert.setTimestamp(i, now);
                }
                for (int i = 0; i < columns.size(); i++) {
                    insert.setArray(4 + i, QueueDailyPosts.texts(connection, columns.get(i)));
                }
                return insert.executeUpdate();
            }
        });
    }
}
