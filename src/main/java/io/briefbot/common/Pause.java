package io.briefbot.common;

import java.time.Duration;

/** A wait between retries that gives up, keeping the interrupt, when the thread is told to stop. */
public final class Pause {

    private Pause() {
    }

    /** @return false when interrupted: the caller should stop retrying */
    public static boolean of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
