package io.briefbot.cli;

import io.briefbot.ingest.IngestOutcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Counts of a running backfill, updated from many threads. */
class BackfillTally {

    private static final int FILES_SHOWN_PER_REASON = 3;

    private final int total;
    private final long startedNanos = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final Map<IngestOutcome, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, Refusals> refusals = new ConcurrentHashMap<>();

    BackfillTally(int total) {
        this.total = total;
    }

    void ingested(IngestOutcome outcome) {
        outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
        done.incrementAndGet();
    }

    void refused(String reason, Path file) {
        refusals.computeIfAbsent(reason, r -> new Refusals()).add(file);
        done.incrementAndGet();
    }

    int total() {
        return total;
    }

    int done() {
        return done.get();
    }

    double elapsedSeconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    long refusedCount() {
        return refusals.values().stream().mapToLong(r -> r.count.get()).sum();
    }

    private long count(IngestOutcome outcome) {
        LongAdder adder = outcomes.get(outcome);
        return adder == null ? 0 : adder.sum();
    }

    void printSummary(PrintWriter out, Path folder) {
        double seconds = elapsedSeconds();
        long created = count(IngestOutcome.CREATED);
        long updated = count(IngestOutcome.UPDATED);
        out.printf("Backfill of %s: %d files in %.1f s (%.1f issues/s)%n", folder, done(), seconds, done() / Math.max(seconds, 0.001));
        out.printf("  ingested:   %d (%d created, %d updated)%n", created + updated, created, updated);
        out.printf("  duplicates: %d%n", count(IngestOutcome.DUPLICATE));
        out.printf("  refused:    %d%n", refusedCount());
        refusals.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Refusals> e) -> e.getValue().count.get()).reversed())
                .forEach(e -> {
                    Refusals r = e.getValue();
                    List<String> shown = r.firstFiles();
                    String more = r.count.get() > shown.size() ? ", …" : "";
                    out.printf("    %d × %s%n      e.g. %s%s%n", r.count.get(), e.getKey(), String.join(", ", shown), more);
                });
        out.flush();
    }

    private static final class Refusals {
        private final AtomicInteger count = new AtomicInteger();
        private final List<Path> files = new ArrayList<>();

        void add(Path file) {
            count.incrementAndGet();
            synchronized (files) {
                if (files.size() < FILES_SHOWN_PER_REASON) {
                    files.add(file);
                }
            }
        }

        List<String> firstFiles() {
            synchronized (files) {
                return files.stream().sorted().map(Path::toString).toList();
            }
        }
    }
}
