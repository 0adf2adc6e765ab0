package io.briefbot.delivery;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the delivery ledger: an issue (daily post, watch alert) or an article (tag alert) for one chat. Unique
 * constraints on (chat, kind, issue) and (chat, article) make each happen once; the state says how far it got.
 */
@Entity
@Table(name = "delivery")
public class Delivery extends ChatRow {

    public enum State {
        PENDING, SENDING, SENT, FAILED, GONE, FORBIDDEN, SKIPPED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String WATCH_ALERT = "watch_alert";
    public static final String DIGEST = "digest";

    /** "daily" (an issue), "tag_alert" (an article), {@link #WATCH_ALERT} (an issue) or {@link #DIGEST} (a week). */
    @Column(nullable = false)
    public String kind;

    @Column(name = "issue_id")
    public Long issueId;

    @Column(name = "article_id")
    public Long articleId;

    @Column(name = "edition_date", nullable = false)
    public LocalDate editionDate;

    /** A {@link State} word. */
    @Column(nullable = false)
    public String state;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "message_ids", nullable = false)
    public List<String> messageIds = new ArrayList<>();

    @Column(nullable = false)
    public int revision;

    @Column(name = "posted_revision", nullable = false)
    public int postedRevision;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean is(State expected) {
        return expected.word().equals(state);
    }

    public boolean isHeldBy(String runner) {
        return is(State.SENDING) && runner.equals(claimedBy);
    }

    public static List<Delivery> listOn(LocalDate editionDate) {
        return list("editionDate", Sort.by("dueAt").and("id"), editionDate);
    }

    /** The chat's deliveries still to come: a chat that is gone gets none of them. */
    public static long markGone(String platform, String chatId, String error, Instant now) {
        return update("state = ?1, lastError = ?2, updatedAt = ?3, claimedBy = null, leaseUntil = null "
                        + "where platform = ?4 and chatId = ?5 and state = ?6",
                State.GONE.word(), error, now, platform, chatId, State.PENDING.word());
    }
}
