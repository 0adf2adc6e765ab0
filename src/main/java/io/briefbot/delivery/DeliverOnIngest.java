package io.briefbot.delivery;

import io.briefbot.ingest.IngestOutcome;
import io.briefbot.ingest.IssueStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * A stored issue, once committed: a corrected one gets its posted messages edited, its articles go to the chats
 * following their tags, the issue to the chats watching words it contains, and a pass runs at once, so that an issue arriving after a chat's slot is posted on
 * arrival. All of it off the ingesting thread.
 */
@ApplicationScoped
public class DeliverOnIngest {

    private static final Logger LOG = Logger.getLogger(DeliverOnIngest.class);

    private final QueueCorrections corrections;
    private final QueueTagAlerts tagAlerts;
    private final QueueWatchAlerts watchAlerts;
    private final RunDeliveries deliveries;
    private final Clock clock;

    DeliverOnIngest(QueueCorrections corrections, QueueTagAlerts tagAlerts, QueueWatchAlerts watchAlerts, RunDeliveries deliveries,
                    Clock clock) {
        this.corrections = corrections;
        this.tagAlerts = tagAlerts;
        this.watchAlerts = watchAlerts;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueStored stored) {
        if (stored.outcome() == IngestOutcome.DUPLICATE) {
            return;
        }
        Instant storedAt = clock.instant();
        deliveries.soon(() -> {
            int edits = stored.outcome() == IngestOutcome.UPDATED ? corrections.queue(stored.issueId()) : 0;
            int alerts = tagAlerts.queue(stored.issueId(), storedAt);
            int watched = watchAlerts.queue(stored.issueId(), storedAt);
            if (edits + alerts + watched > 0) {
                LOG.infof("Issue %d: %d posted deliveries to edit, %d tag alerts and %d watch alerts queued", stored.issueId(), edits,
                        alerts, watched);
            }
        });
    }
}
