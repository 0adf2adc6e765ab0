package io.briefbot.delivery;

import io.briefbot.delivery.Delivery.State;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * A corrected issue: every delivery of it (the daily post, its articles' tag alerts) counts one more revision, and
 * those already sent go back to pending, so that their messages are edited to the corrected rendering.
 */
@ApplicationScoped
public class QueueCorrections {

    private final Clock clock;

    QueueCorrections(Clock clock) {
        this.clock = clock;
    }

    /** @return how many sent deliveries are to be edited */
    @Transactional
    public int queue(long issueId) {
        Instant now = clock.instant();
        String ofTheIssue = "(issueId = ?1 or articleId in (select a.id from Article a where a.issue.id = ?1))";
        // Rows on their way out render the corrected issue when they go, or are edited after (see Ledger.sent).
        Delivery.update("revision = revision + 1, updatedAt = ?2 where state in (?3, ?4) and " + ofTheIssue,
                issueId, now, State.PENDING.word(), State.SENDING.word());
        return Delivery.update("state = ?2, revision = revision + 1, nextAttemptAt = ?3, updatedAt = ?3 where state = ?4 and "
                + ofTheIssue, issueId, State.PENDING.word(), now, State.SENT.word());
    }
}
