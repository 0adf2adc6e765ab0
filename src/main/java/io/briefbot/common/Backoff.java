package io.briefbot.common;

import java.time.Duration;

/** Exponential backoff: {@code initial} after the first failure, doubling with each further one, capped at {@code max}. */
public record Backoff(Duration initial, Duration max) {

    public Duration after(int consecutiveFailures) {
        Duration delay = initial;
        for (int i = 1; i < consecutiveFailures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
