package io.briefbot.archive.db;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets the embedded database's shutdown hook wait until the application has finished
 * its own shutdown (requests drained, jobs stopped), so nothing in flight loses its database.
 */
@ApplicationScoped
public class QuarkusShutdown {

    private static volatile CountDownLatch stopped = new CountDownLatch(0);

    void onStart(@Observes StartupEvent event) {
        stopped = new CountDownLatch(1);
    }

    void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 1000) ShutdownEvent event) {
        stopped.countDown();
    }

    static void awaitCompletion() {
        try {
            stopped.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
