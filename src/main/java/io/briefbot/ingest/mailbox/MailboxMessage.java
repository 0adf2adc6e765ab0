package io.briefbot.ingest.mailbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message seen in a mailbox folder, known by the folder's UIDVALIDITY and its UID. */
@Entity
@Table(name = "mailbox_message")
public class MailboxMessage extends PanacheEntityBase {

    public enum Status {
        /** Not taken yet. */
        NEW,
        /** From a sender not allowed: left in the folder. */
        IGNORED,
        /** Stored as an issue (created, corrected or a duplicate): goes to the processed folder. */
        STORED,
        /** Not an issue: goes to the failed folder. */
        REFUSED;

        boolean decided() {
            return this == STORED || this == REFUSED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String mailbox;

    @Column(name = "uid_validity", nullable = false)
    public long uidValidity;

    @Column(nullable = false)
    public long uid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String reason;

    @Column(name = "issue_id")
    public Long issueId;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "moved_at")
    public Instant movedAt;
}
