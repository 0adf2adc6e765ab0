package io.briefbot.qa;

import io.briefbot.archive.Issue;
import io.briefbot.common.BackgroundWorkStarted;
import io.briefbot.ingest.IssueStored;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Keeps this process's search index in line with the database, the source of truth: brought up to date at start
 * (rebuilt when missing or of another shape), within moments of each ingest here, before every question when the
 * database changed (other replicas' ingests, deletions), and by a periodic check that also makes changes durable.
 * How long a change took to become searchable here is the index lag ({@code briefbot_index_lag_seconds}).
 */
@ApplicationScoped
public class IndexSync {

    private static final Logger LOG = Logger.getLogger(IndexSync.class);
    private static final int BATCH = 100;
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final QaConfig config;
    private final EmbeddingBacklog embeddings;
    private final Timer lag;
    private final Clock clock;
    private final UnitVectors vectors = new UnitVectors();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "qa-index-sync");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean syncQueued = new AtomicBoolean();
    /** Issues stored since, each with the number of its request: asked for until a sync that began after it is over. */
    private final Map<Long, Long> reindex = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final Object lock = new Object();
    private volatile ArchiveIndex index;
    private volatile ArchiveState synced = ArchiveState.NONE;
    private boolean uncommitted;

    public IndexSync(QaConfig config, EmbeddingBacklog embeddings, MeterRegistry meters, Clock clock) {
        this.config = config;
        this.embeddings = embeddings;
        this.clock = clock;
        this.lag = Timer.builder("briefbot.index.lag")
                .description("From an issue's change in the database to its being searchable in this process's index")
                .publishPercentileHistogram()
                .register(meters);
    }

    void onStart(@Observes BackgroundWorkStarted start) {
        queueSync();
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueStored stored) {
        // A correction within the same millisecond would keep its updated_at: index it again whatever its version.
        reindex.put(stored.issueId(), requests.incrementAndGet());
        queueSync();
    }

    @Scheduled(every = "${briefbot.qa.catch-up:10s}", delayed = "${briefbot.qa.catch-up:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void catchUp() {
        syncIfChanged();
        synchronized (lock) {
            if (uncommitted && index != null) {
                index.commit();
                uncommitted = false;
            }
        }
    }

    /** The index, in line with the database as of now. */
    ArchiveIndex current() {
        syncIfChanged();
        return index;
    }

    UnitVectors vectors() {
        return vectors;
    }

    private void queueSync() {
        if (!syncQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                syncQueued.set(false);
                try {
                    syncIfChanged();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Bringing the search index in line with the database failed");
                }
            });
        } catch (RejectedExecutionException e) {
            syncQueued.set(false);
        }
    }

    private void syncIfChanged() {
        ArchiveState now = QuarkusTransaction.requiringNew().call(ArchiveState::now);
        if (now.equals(synced) && index != null && reindex.isEmpty()) {
            return;
        }
        synchronized (lock) {
            if (index == null) {
                index = open();
            }
            ArchiveState before = QuarkusTransaction.requiringNew().call(ArchiveState::now);
            if (before.equals(synced) && reindex.isEmpty()) {
                return;
            }
            sync();
            synced = before;
            uncommitted = true;
        }
        embeddings.queue(index, vectors);
    }

    private ArchiveIndex open() {
        Path folder = config.index();
        long started = System.nanoTime();
        ArchiveIndex opened = ArchiveIndex.open(folder);
        vectors.load(folder.resolve(EmbeddingBacklog.FILE));
        LOG.infof("Search index opened in %s with %d issues (%d ms)", folder, opened.issueVersions().size(),
                (System.nanoTime() - started) / 1_000_000);
        return opened;
    }

    /** Re-indexes every issue whose version differs from the indexed one and removes issues no longer stored. */
    private void sync() {
        long started = System.nanoTime();
        // taken before the versions are read and let go only once searchable, so that nobody takes the index for
        // up to date meanwhile; a request made again during the sync stays for the next one
        Map<Long, Long> requested = new HashMap<>(reindex);
        Map<Long, Long> stored = QuarkusTransaction.requiringNew().call(ArchiveState::versions);
        Map<Long, Long> indexed = index.issueVersions();
        List<Long> changed = new ArrayList<>();
        stored.forEach((id, version) -> {
            if (!version.equals(indexed.get(id)) || requested.containsKey(id)) {
                changed.add(id);
            }
        });
        List<Long> gone = indexed.keySet().stream().filter(id -> !stored.containsKey(id)).toList();
        gone.forEach(index::remove);
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<Long> ids = changed.subList(from, Math.min(changed.size(), from + BATCH));
            QuarkusTransaction.requiringNew().call(() -> load(ids)).forEach(index::put);
        }
        index.refresh();
        if (!synced.equals(ArchiveState.NONE)) {
            // the first sync of a process catches up with what came before it: a rebuild's work, not lag
            long searchable = clock.millis();
            changed.forEach(id -> lag.record(Math.max(0, searchable - stored.get(id)), TimeUnit.MILLISECONDS));
        }
        if (changed.size() + gone.size() > BATCH) {
            index.commit();
            LOG.infof("Search index: %d issues indexed, %d removed in %d ms", changed.size(), gone.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        requested.forEach(reindex::remove);
    }

    static void awaitQuietly(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Search index work still running at shutdown; the next start catches up");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<IndexedIssue> load(List<Long> ids) {
        List<Issue> issues = Issue.getEntityManager()
                .createQuery("select distinct i from Issue i left join fetch i.articles where i.id in :ids", Issue.class)
                .setParameter("ids", ids)
                .getResultList();
        return issues.stream().map(IndexedIssue::of).toList();
    }

    /** Lets running work finish rather than interrupting it: an interrupt closes the index's files under Lucene. */
    void onStop(@Observes ShutdownEvent stop) {
        background.shutdown();
        embeddings.stop();
        awaitQuietly(background);
        synchronized (lock) {
            if (index != null) {
                index.close();
                if (vectors.size() > 0) {
                    vectors.save(config.index().resolve(EmbeddingBacklog.FILE));
                }
                index = null;
            }
        }
    }
}
