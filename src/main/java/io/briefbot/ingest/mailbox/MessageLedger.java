package io.briefbot.ingest.mailbox;

import io.briefbot.ingest.mailbox.MailboxMessage.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What briefbot knows of each message in a mailbox folder. Taking a message and moving it each lock its row
 * ({@code for update skip locked}), so a message another replica is busy with is passed over, not taken twice.
 */
@ApplicationScoped
public class MessageLedger {

    private final EntityManager entityManager;
    private final Clock clock;

    MessageLedger(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What is known of a message: its status, and whether it has been moved out of the folder. */
    public record Known(Status status, boolean moved) {
    }

    /** Moves the messages of these UIDs out of the folder; throws when the server did not. */
    @FunctionalInterface
    public interface Mover {
        void move(List<Long> uids) throws MessagingException;
    }

    /** Adds rows with this status for the messages not seen before; answers how many were new. */
    @Transactional(TxType.REQUIRES_NEW)
    public int register(FolderKey folder, Collection<Long> uids, Status status) {
        if (uids.isEmpty()) {
            return 0;
        }
        return entityManager.createNativeQuery("""
                        insert into mailbox_message (mailbox, uid_validity, uid, status, first_seen_at)
                        select ?1, ?2, u, ?3, ?4 from unnest(cast(?5 as bigint[])) as u
                        on conflict (mailbox, uid_validity, uid) do nothing""")
                .setParameter(1, folder.mailbox()).setParameter(2, folder.uidValidity()).setParameter(3, status.name())
                .setParameter(4, clock.instant()).setParameter(5, array(uids))
                .executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Map<Long, Known> known(FolderKey folder, Collection<Long> uids) {
        Map<Long, Known> known = new HashMap<>();
        if (uids.isEmpty()) {
            return known;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select uid, status, moved_at is not null from mailbox_message
                        where mailbox = ?1 and uid_validity = ?2 and uid = any(cast(?3 as bigint[]))""")
                .setParameter(1, folder.mailbox()).setParameter(2, folder.uidValidity()).setParameter(3, array(uids))
                .getResultList();
        for (Object[] row : rows) {
            known.put(((Number) row[0]).longValue(), new Known(Status.valueOf((String) row[1]), (Boolean) row[2]));
        }
        return known;
    }

    /**
     * Locks the row of a message not decided yet, for the caller's transaction; empty when it is decided or another
     * replica holds it at this moment.
     */
    @Transactional(TxType.MANDATORY)
    public Optional<MailboxMessage> lockUndecided(FolderKey folder, long uid) {
        @SuppressWarnings("unchecked")
        List<MailboxMessage> rows = entityManager.createNativeQuery("""
                        select * from mailbox_message
                        where mailbox = ?1 and uid_validity = ?2 and uid = ?3 and status in ('NEW', 'IGNORED')
                        for update skip locked""", MailboxMessage.class)
                .setParameter(1, folder.mailbox()).setParameter(2, folder.uidValidity()).setParameter(3, uid)
                .getResultList();
        return rows.stream().findFirst();
    }

    /**
     * Moves the messages of these UIDs that have this status and were not moved yet, holding their rows while the
     * server moves them: no two replicas move one message. A failed move changes nothing here, so it is tried again.
     * Answers how many were moved.
     */
    @Transactional(value = TxType.REQUIRES_NEW, rollbackOn = MessagingException.class)
    public int moveOnce(FolderKey folder, Collection<Long> uids, Status status, Mover mover) throws MessagingException {
        if (uids.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Number> locked = entityManager.createNativeQuery("""
                        select uid from mailbox_message
                        where mailbox = ?1 and uid_validity = ?2 and uid = any(cast(?3 as bigint[]))
                          and status = ?4 and moved_at is null
                        for update skip locked""")
                .setParameter(1, folder.mailbox()).setParameter(2, folder.uidValidity()).setParameter(3, array(uids))
                .setParameter(4, status.name())
                .getResultList();
        List<Long> moving = locked.stream().map(Number::longValue).toList();
        if (moving.isEmpty()) {
            return 0;
        }
        mover.move(moving);
        entityManager.createNativeQuery("""
                        update mailbox_message set moved_at = ?4
                        where mailbox = ?1 and uid_validity = ?2 and uid = any(cast(?3 as bigint[]))""")
                .setParameter(1, folder.mailbox()).setParameter(2, folder.uidValidity()).setParameter(3, array(moving))
                .setParameter(4, clock.instant())
                .executeUpdate();
        return moving.size();
    }

    /** A PostgreSQL array literal, cast to bigint[] in the query. */
    private static String array(Collection<Long> uids) {
        return uids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
