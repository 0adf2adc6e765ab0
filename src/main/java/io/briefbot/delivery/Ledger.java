package io.briefbot.delivery;

import io.briefbot.delivery.Delivery.State;
import io.briefbot.common.Backoff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The delivery ledger's state changes, each committed on its own. A runner claims rows with a lease before it
 * calls a platform; every later change checks that it still holds the lease, so a runner that lost it (it was
 * too slow, or taken for dead) changes nothing.
 */
@ApplicationScoped
public class Ledger {

    private static final Logger LOG = Logger.getLogger(Ledger.class);
    private static final int MAX_ERROR_CHARS = 500;
    private static final int MAX_BACKOFF_DOUBLINGS = 10;

    private final EntityManager entityManager;
    private final DeliveryConfig config;
    private final Clock clock;

    Ledger(EntityManager entityManager, DeliveryConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Up to {@code max} rows due to go, oldest due first: pending ones whose next attempt has come, and ones whose
     * runner's lease ran out (it died mid-send). Rows other runners are claiming at this moment are skipped.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(String runner, Collection<String> platforms, int max) {
        if (platforms.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Delivery> rows = entityManager.createNativeQuery("""
                        select * from delivery
                        where platform in (?1)
                          and ((state = 'pending' and next_attempt_at <= ?2) or (state = 'sending' and lease_until < ?2))
                        order by due_at, id
                        limit ?3
                        for update skip locked""", Delivery.class)
                .setParameter(1, platforms).setParameter(2, now).setParameter(3, max)
                .getResultList();
        List<Claimed> claimed = new ArrayList<>(rows.size());
        for (Delivery row : rows) {
            if (row.is(State.SENDING)) {
                LOG.warnf("Delivery %d: the lease of %s ran out; taking it over", row.id, row.claimedBy);
            }
            row.state = State.SENDING.word();
            row.claimedBy = runner;
            row.leaseUntil = now.plus(config.lease());
            row.attempts++;
            row.updatedAt = now;
            claimed.add(Claimed.of(row));
        }
        return claimed;
    }

    /** A message went out: its id is kept and the lease renewed. False when the lease was lost meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean posted(long id, String runner, String messageId) {
        return held(id, runner).map(row -> {
            List<String> ids = new ArrayList<>(row.messageIds);
            ids.add(messageId);
            row.messageIds = ids;
            extendLease(row);
            return true;
        }).orElse(false);
    }

    /**
     * Renews the lease right before a platform call, so that a runner held up by pacing or a slow
     * platform never posts a row another runner has taken over meanwhile. False when the lease was lost.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean renew(long id, String runner) {
        return held(id, runner).map(row -> {
            extendLease(row);
            return true;
        }).orElse(false);
    }

    /**
     * Every message is out, showing the issue as it was at {@code revision}. A correction that came meanwhile
     * leaves the row pending, for its edit.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, String runner, int revision) {
        held(id, runner).ifPresent(row -> {
            Instant now = clock.instant();
            row.postedRevision = revision;
            row.state = (row.revision > revision ? State.PENDING : State.SENT).word();
            row.sentAt = row.sentAt == null ? now : row.sentAt;
            row.lastError = null;
            release(row, now);
        });
    }

    /** A 429: tried again once the wait is over; it does not count as an attempt. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryAfter(long id, String runner, Duration wait, String error) {
        held(id, runner).ifPresent(row -> {
            Instant now = clock.instant();
            row.state = State.PENDING.word();
            row.attempts--;
            row.lastError = shorten(error);
            row.nextAttemptAt = now.plus(wait);
            release(row, now);
        });
    }

    /** A failed attempt: tried again after a backoff that doubles, until the attempts are used up. True when given up. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, String runner, String error) {
        return held(id, runner).map(row -> {
            Instant now = clock.instant();
            row.lastError = shorten(error);
            boolean givenUp = row.attempts >= config.maxAttempts();
            row.state = (givenUp ? State.FAILED : State.PENDING).word();
            row.nextAttemptAt = now.plus(new Backoff(config.retryBackoff(), config.retryBackoff().multipliedBy(1L << MAX_BACKOFF_DOUBLINGS))
                    .after(row.attempts));
            release(row, now);
            return givenUp;
        }).orElse(false);
    }

    /** The chat is gone for the bot: this row, the chat's other pending rows, its subscriptions, digests, follows and watches end. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void gone(long id, String runner, String error) {
        held(id, runner).ifPresent(row -> {
            Instant now = clock.instant();
            row.state = State.GONE.word();
            row.lastError = shorten(error);
            release(row, now);
            long pending = Delivery.markGone(row.platform, row.chatId, row.lastError, now);
            long subscriptions = Subscription.deleteForChat(row.platform, row.chatId);
            long digests = WeeklyDigest.deleteForChat(row.platform, row.chatId);
            long follows = TagFollow.deleteForChat(row.platform, row.chatId);
            long watches = ChatWatch.deleteForChat(row.platform, row.chatId);
            LOG.infof("Chat %s on %s is gone (%s): removed %d subscriptions, %d weekly digests, %d tag follows and %d watches,"
                    + " dropped %d pending deliveries", row.chatId, row.platform, row.lastError, subscriptions, digests, follows, watches,
                    pending);
        });
    }

    /** The allow-list no longer admits the chat: the row ends unsent, the chat's subscriptions stay for when it is let back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forbidden(long id, String runner, String reason) {
        endUnsent(id, runner, State.FORBIDDEN, reason);
    }

    /** The chat is muted: the row ends unsent and is never sent later. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void skipped(long id, String runner, String reason) {
        endUnsent(id, runner, State.SKIPPED, reason);
    }

    private void endUnsent(long id, String runner, State state, String reason) {
        held(id, runner).ifPresent(row -> {
            row.state = state.word();
            row.lastError = shorten(reason);
            release(row, clock.instant());
        });
    }

    /** Hands a row back untouched, as pending, for another runner or pass (this one is stopping). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void putBack(long id, String runner) {
        held(id, runner).ifPresent(row -> {
            row.state = State.PENDING.word();
            row.attempts--;
            release(row, clock.instant());
        });
    }

    /** When the next pending row may be tried, if any is pending on these platforms. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> nextAttempt(Collection<String> platforms) {
        if (platforms.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entityManager.createQuery(
                        "select min(d.nextAttemptAt) from Delivery d where d.state = ?1 and d.platform in (?2)", Instant.class)
                .setParameter(1, State.PENDING.word()).setParameter(2, platforms)
                .getSingleResult());
    }

    private Optional<Delivery> held(long id, String runner) {
        // Locked, so that a runner taking over an expired lease and this one cannot both write the row.
        Optional<Delivery> row = Delivery.<Delivery>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(found -> found.isHeldBy(runner));
        if (row.isEmpty()) {
            LOG.warnf("Delivery %d: %s no longer holds its lease; leaving it to its new runner", id, runner);
        }
        return row;
    }

    private void extendLease(Delivery row) {
        Instant now = clock.instant();
        row.leaseUntil = now.plus(config.lease());
        row.updatedAt = now;
    }

    private static void release(Delivery row, Instant now) {
        row.claimedBy = null;
        row.leaseUntil = null;
        row.updatedAt = now;
    }

    private static String shorten(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR_CHARS ? error : error.substring(0, MAX_ERROR_CHARS);
    }
}
