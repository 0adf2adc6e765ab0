package io.briefbot.briefing;

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
 * Answers derived from the newest issues, kept in memory: /today is the most asked command and
 * must not wait for the database. An ingest here clears everything at once; other replicas'
 * ingests show within the time to live.
 */
@ApplicationScoped
public class ArchiveCache {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration timeToLive;
    private final Clock clock;

    public ArchiveCache(@ConfigProperty(name = "briefbot.briefing.latest-cache-ttl", defaultValue = "10s") Duration timeToLive,
                        Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The value kept under {@code key}, computed afresh when there is none or it has expired. */
    @SuppressWarnings("unchecked")
    public <V> V get(String key, Supplier<V> compute) {
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry == null || !entry.expires().isAfter(now)) {
            entry = new Entry(compute.get(), now.plus(timeToLive));
            entries.put(key, entry);
        }
        return (V) entry.value();
    }

    /** The value kept under {@code key} while it is fresh; empty when it would have to be computed. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> peek(String key) {
        Entry entry = entries.get(key);
        return entry == null || !entry.expires().isAfter(clock.instant()) ? Optional.empty() : Optional.of((V) entry.value());
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueStored stored) {
        entries.clear();
    }

    private record Entry(Object value, Instant expires) {
    }
}
