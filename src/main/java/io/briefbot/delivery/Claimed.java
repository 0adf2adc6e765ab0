package io.briefbot.delivery;

import java.time.LocalDate;
import java.util.List;

/** A ledger row this runner holds the lease of, as it was when claimed. */
record Claimed(long id, Destination to, String workspace, String kind, LocalDate editionDate, Long issueId, Long articleId,
               List<String> messageIds, int revision, int postedRevision, int attempts) {

    boolean isDigest() {
        return Delivery.DIGEST.equals(kind);
    }

    /** Messages went out showing an issue that has been corrected since. */
    boolean needsEdit() {
        return !messageIds.isEmpty() && postedRevision < revision;
    }

    boolean isWatchAlert() {
        return Delivery.WATCH_ALERT.equals(kind);
    }

    static Claimed of(Delivery row) {
        return new Claimed(row.id, row.destination(), row.workspace, row.kind, row.editionDate, row.issueId, row.articleId,
                List.copyOf(row.messageIds), row.revision, row.postedRevision, row.attempts);
    }
}
