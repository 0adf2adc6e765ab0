package io.briefbot.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Lets the first requests after a start have the processor to themselves: on a small machine, work that no answer
 * needs would otherwise compete with them for the one core while the JVM is still cold. That work observes
 * {@link BackgroundWorkStarted}, fired {@code briefbot.start.background-delay} after the server started (at once when
 * it is zero); scheduled jobs wait for the same delay.
 */
@ApplicationScoped
public class StartBackgroundWork {

    private static final Logger LOG = Logger.getLogger(StartBackgroundWork.class);

    private final Duration delay;
    private final Event<BackgroundWorkStarted> started;
    private volatile Thread waiting;

    public StartBackgroundWork(@ConfigProperty(name = "briefbot.start.background-delay") Duration delay,
                               Event<BackgroundWorkStarted> started) {
        this.delay = delay;
        this.started = started;
    }

    /** After every other start observer: background work may use what they set up (the Slack app, for one). */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) StartupEvent event) {
        if (delay.isZero()) {
            started.fire(new BackgroundWorkStarted());
            return;
        }
        waiting = new Thread(this::fireAfterDelay, "background-start");
        waiting.setDaemon(true);
        waiting.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (waiting != null) {
            waiting.interrupt();
        }
    }

    private void fireAfterDelay() {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            started.fire(new BackgroundWorkStarted());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Starting the background work failed");
        }
    }
}
