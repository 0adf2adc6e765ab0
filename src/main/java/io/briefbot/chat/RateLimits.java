package io.briefbot.chat;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user token buckets: a user may send {@code perMinute} commands a minute (and {@code askPerMinute}
 * questions), in bursts up to that many, refilled evenly. The console, on this machine, is not limited.
 */
@ApplicationScoped
public class RateLimits {

    static final String ASK = "ask";
    private static final int MAX_TRACKED = 100_000;
    private static final long IDLE_MILLIS = Duration.ofMinutes(10).toMillis();

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimitConfig config;
    private final Clock clock;

    RateLimits(RateLimitConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Takes a token for the command, or says how long to wait for one. */
    Optional<Duration> admit(ChatRequest request, String command) {
        if (request.platform() == Platform.CONSOLE) {
            return Optional.empty();
        }
        String user = request.platform() + ":" + (request.userId() != null ? request.userId() : "chat " + request.chatId());
        long now = clock.millis();
        forgetIdle(now);
        Optional<Duration> wait = take(user, config.perMinute(), now);
        if (wait.isEmpty() && ASK.equals(command)) {
            wait = take(user + ":" + ASK, config.askPerMinute(), now);
        }
        return wait;
    }

    private Optional<Duration> take(String key, int perMinute, long now) {
        Bucket bucket = buckets.computeIfAbsent(key, unused -> new Bucket(perMinute, now));
        synchronized (bucket) {
            return bucket.take(perMinute, now);
        }
    }

    private void forgetIdle(long now) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.values().removeIf(bucket -> now - bucket.lastRefill > IDLE_MILLIS);
        }
    }

    private static final class Bucket {

        private double tokens;
        private long lastRefill;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.lastRefill = now;
        }

        Optional<Duration> take(int perMinute, long now) {
            double perMilli = perMinute / 60_000.0;
            // a clock set back (NTP, an operator) must not cost tokens
            tokens = Math.min(perMinute, tokens + Math.max(0, now - lastRefill) * perMilli);
            lastRefill = now;
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli)));
        }
    }
}
