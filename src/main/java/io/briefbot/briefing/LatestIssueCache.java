package io.briefbot.briefing;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IssueStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The newest issue, per publication, kept in memory: /today is the most asked command and must
 * not wait for the database. An ingest here clears it at once; other replicas' ingests show
 * within the time to live.
 */
@ApplicationScoped
public class LatestIssueCache {

    private static final String ANY_PUBLICATION = "";

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public LatestIssueCache(@ConfigProperty(name = "briefbot.briefing.latest-cache-ttl", defaultValue = "10s") Duration timeToLive,
                            Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    Optional<IssueJson> latest(Optional<String> publication, Supplier<Optional<IssueJson>> query) {
        String key = publication.map(p -> p.trim().toLowerCase()).orElse(ANY_PUBLICATION);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || entry.expires().isBefore(now)) {
            entry = new Entry(query.get(), now.plus(timeToLive));
            entries.put(key, entry);
        }
        return entry.issue();
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueStored stored) {
        entries.clear();
    }

    private record Entry(Optional<IssueJson> issue, Instant expires) {
    }
}
