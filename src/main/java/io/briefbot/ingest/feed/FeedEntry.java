package io.briefbot.ingest.feed;

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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An entry taken from a feed: ingested, or refused with the parser's reason. Either way it is not taken again. */
@Entity
@Table(name = "feed_entry")
public class FeedEntry extends PanacheEntityBase {

    public enum Status { INGESTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "feed_id", nullable = false)
    public Long feedId;

    @Column(name = "entry_key", nullable = false)
    public String entryKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String reason;

    @Column(name = "issue_id")
    public Long issueId;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;

    public static Set<String> keysSeen(Long feedId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<String> seen = getEntityManager()
                .createQuery("select e.entryKey from FeedEntry e where e.feedId = :feed and e.entryKey in :keys", String.class)
                .setParameter("feed", feedId).setParameter("keys", keys).getResultList();
        return new HashSet<>(seen);
    }
}
