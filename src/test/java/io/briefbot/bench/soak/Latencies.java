package io.briefbot.bench.soak;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies by kind of traffic and by minute of the soak, for percentiles per minute and over the whole run. */
final class Latencies {

    private final long startNanos;
    private final Map<String, Map<Integer, List<Long>>> byKind = new ConcurrentHashMap<>();

    Latencies(long startNanos) {
        this.startNanos = startNanos;
    }

    void record(String kind, long sentNanos, long doneNanos) {
        int minute = (int) Math.max(0, (sentNanos - startNanos) / 60_000_000_000L);
        List<Long> samples = byKind.computeIfAbsent(kind, unused -> new ConcurrentHashMap<>())
                .computeIfAbsent(minute, unused -> new ArrayList<>());
        synchronized (samples) {
            samples.add(doneNanos - sentNanos);
        }
    }

    /** Kinds in a stable order. */
    List<String> kinds() {
        return byKind.keySet().stream().sorted().toList();
    }

    /** Percentiles of each minute, in minute order. */
    Map<Integer, Summary> perMinute(String kind) {
        Map<Integer, Summary> minutes = new TreeMap<>();
        byKind.getOrDefault(kind, Map.of()).forEach((minute, samples) -> minutes.put(minute, Summary.of(copy(samples))));
        return minutes;
    }

    Summary overall(String kind) {
        List<Long> all = new ArrayList<>();
        byKind.getOrDefault(kind, Map.of()).values().forEach(samples -> all.addAll(copy(samples)));
        return Summary.of(all);
    }

    private static List<Long> copy(List<Long> samples) {
        synchronized (samples) {
            return new ArrayList<>(samples);
        }
    }

    /** Count and percentiles in milliseconds. */
    record Summary(int count, double p50, double p99, double max) {

        static Summary of(List<Long> nanos) {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return new Summary(0, 0, 0, 0);
            }
            return new Summary(sorted.length, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
                    millis(sorted[sorted.length - 1]));
        }

        private static long percentile(long[] sorted, double fraction) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)];
        }

        private static double millis(long nanos) {
            return nanos / 1e6;
        }
    }

    /** The median of the minutes' p99s, and the highest: "stable" is how close the two are. */
    static double[] medianAndWorst(Map<Integer, Summary> minutes) {
        double[] p99s = minutes.values().stream().filter(s -> s.count() > 0).mapToDouble(Summary::p99).sorted().toArray();
        if (p99s.length == 0) {
            return new double[] {0, 0};
        }
        return new double[] {p99s[p99s.length / 2], Arrays.stream(p99s).max().orElse(0)};
    }
}
