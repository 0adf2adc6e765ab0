package io.briefbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps one platform's posts within its {@link Pace}: all chats together at most so many a second, each chat
 * with at least its gap between two messages, and nothing at all to a chat, or to the platform, while a 429's
 * retry_after runs.
 */
final class Pacer {

    private final Clock clock;
    private final Map<Destination, Instant> chatReady = new HashMap<>();
    private Instant platformReady = Instant.MIN;
    private Instant nextGlobal = Instant.MIN;

    Pacer(Clock clock) {
        this.clock = clock;
    }

    /** Waits until a message may go to {@code to}, then counts it as gone. */
    void acquire(Destination to, Pace pace) throws InterruptedException {
        while (true) {
            Duration wait = tryAcquire(to, pace, clock.instant());
            if (wait.isZero()) {
                return;
            }
            Thread.sleep(Math.max(1, wait.toMillis()));
        }
    }

    /** Zero when a message may go now (and it is counted), else how long to wait before asking again. */
    synchronized Duration tryAcquire(Destination to, Pace pace, Instant now) {
        Instant ready = latest(platformReady, nextGlobal, chatReady.getOrDefault(to, Instant.MIN));
        if (now.isBefore(ready)) {
            return Duration.between(now, ready);
        }
        // Rounded up: in any second, never one message more than the rate.
        Duration interval = Duration.ofNanos((long) Math.ceil(1_000_000_000L / pace.messagesPerSecond()));
        // Keep the cadence when a message goes slightly late; start afresh after an idle spell.
        Instant base = nextGlobal.isBefore(now.minus(interval)) ? now : nextGlobal;
        nextGlobal = base.plus(interval);
        chatReady.put(to, now.plus(pace.perChatGap()));
        return Duration.ZERO;
    }

    /** A 429: nothing to the chat, nor to the platform, for {@code wait}. */
    synchronized void pause(Destination to, Duration wait) {
        Instant until = clock.instant().plus(wait);
        chatReady.merge(to, until, Pacer::later);
        platformReady = later(platformReady, until);
    }

    /** Forgets the chats whose gap has passed. */
    synchronized void forgetIdleChats() {
        Instant now = clock.instant();
        chatReady.values().removeIf(ready -> ready.isBefore(now));
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        return later(later(a, b), c);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
