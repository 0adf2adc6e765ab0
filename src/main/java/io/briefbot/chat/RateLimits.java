package io.briefbot.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user token buckets: a user may send {@code perMinute} commands a minute (and {@code askPerMinute}
 * questions), in bursts up to that many, refilled evenly. The console, on this machine, is not limited.
 * <p>
 * A bucket that has filled up again says nothing a new one would not, so full buckets are dropped once a
 * minute. User ids come from outside, so at most {@link #MAX_TRACKED} buckets are kept: past that, the
 * fullest go first, and a user who has used up their commands is the last to be forgotten.
 */
@ApplicationScoped
public class RateLimits {

    static final String ASK = "ask";
    static final int MAX_TRACKED = 50_000;
    /** Trimmed well below the bound, so that the sort is rare however many new users come. */
    private static final int TRIMMED_TO = MAX_TRACKED * 3 / 4;
    private static final long SWEEP_MILLIS = Duration.ofMinutes(1).toMillis();

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitConfig config;
    private final Clock clock;
    private volatile long lastSweep;

    RateLimits(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.lastSweep = clock.millis();
    }

    /** Takes a token for the command, or says how long to wait for one. */
    Optional<Duration> admit(ChatRequest request, String command) {
        if (request.platform() == Platform.CONSOLE) {
            return Optional.empty();
        }
        String user = request.platform() + ":" + (request.userId() != null ? request.userId() : "chat " + request.chatId());
        long now = clock.millis();
        Optional<Duration> wait = take(user, config.perMinute(), now);
        if (wait.isEmpty() && ASK.equals(command)) {
            wait = take(user + ":" + ASK, config.askPerMinute(), now);
        }
        keepBounded(now);
        return wait;
    }

    /** How many buckets are kept now. */
    int tracked() {
        return buckets.size();
    }

    private Optional<Duration> take(String key, int perMinute, long now) {
        return buckets.computeIfAbsent(key, unused -> new Bucket(perMinute, now)).take(now);
    }

    private void keepBounded(long now) {
        if (!sweepDue(now)) {
            return;
        }
        synchronized (this) {
            if (!sweepDue(now)) {
                return;
            }
            lastSweep = now;
            buckets.values().removeIf(bucket -> bucket.isFull(now));
            if (buckets.size() > MAX_TRACKED) {
                buckets.entrySet().stream()
                        .map(entry -> Map.entry(entry.getKey(), entry.getValue().tokensAt(now)))
                        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                        .limit(buckets.size() - TRIMMED_TO)
                        .forEach(fullest -> buckets.remove(fullest.getKey()));
            }
        }
    }

    private boolean sweepDue(long now) {
        return buckets.size() > MAX_TRACKED || Math.abs(now - lastSweep) >= SWEEP_MILLIS;
    }

    private static final class Bucket {

        private final int capacity;
        private double tokens;
        private long lastRefill;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.lastRefill = now;
        }

        synchronized Optional<Duration> take(long now) {
            tokens = tokensAt(now);
            lastRefill = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli())));
        }

        synchronized boolean isFull(long now) {
            return tokensAt(now) >= capacity;
        }

        synchronized double tokensAt(long now) {
            // a clock set back (NTP, an operator) must not cost tokens
            return Math.min(capacity, tokens + Math.max(0, now - lastRefill) * perMilli());
        }

        private double perMilli() {
            return capacity / 60_000.0;
        }
    }
}
