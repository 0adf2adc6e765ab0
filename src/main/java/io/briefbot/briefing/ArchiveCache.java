package io.briefbot.briefing;

import io.briefbot.ingest.IssueStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers derived from the newest issues, kept in memory: /today is the most asked command and
 * must not wait for the database. An ingest here clears everything at once; other replicas'
 * ingests show within the time to live.
 * <p>
 * Keys come from what users type ({@code /today <anything>}, {@code ?publication=}), so only answers that
 * found something are kept (a publication that does not exist costs a query each time, never memory), and
 * at most {@link #MAX_ENTRIES}, the least recently used going first.
 */
@ApplicationScoped
public class ArchiveCache {

    public static final int MAX_ENTRIES = 1_000;

    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private final Duration timeToLive;
    private final Clock clock;

    public ArchiveCache(@ConfigProperty(name = "briefbot.briefing.latest-cache-ttl", defaultValue = "10s") Duration timeToLive,
                        Clock clock) {
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** The value kept under {@code key}, computed afresh when there is none or it has expired; an empty one is not kept. */
    public <V> Optional<V> get(String key, Supplier<Optional<V>> compute) {
        Optional<V> kept = peek(key);
        if (kept.isPresent()) {
            return kept;
        }
        Optional<V> computed = compute.get();
        computed.ifPresent(value -> {
            Entry entry = new Entry(value, clock.instant().plus(timeToLive));
            synchronized (entries) {
                entries.put(key, entry);
            }
        });
        return computed;
    }

    /** The value kept under {@code key} while it is fresh; empty when it would have to be computed. */
    @SuppressWarnings("unchecked")
    public <V> Optional<V> peek(String key) {
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        return entry == null || !entry.expires().isAfter(clock.instant()) ? Optional.empty() : Optional.of((V) entry.value());
    }

    /** How many answers are kept now. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueStored stored) {
        synchronized (entries) {
            entries.clear();
        }
    }

    private record Entry(Object value, Instant expires) {
    }
}
