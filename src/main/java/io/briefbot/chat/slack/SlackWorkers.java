package io.briefbot.chat.slack;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounded threads for answering commands and calling Slack, so that slow commands and waits (429, backoff)
 * never hold the thread Slack's acknowledgement depends on. A full queue refuses work rather than grow.
 */
@ApplicationScoped
public class SlackWorkers {

    private static final int THREADS = 8;
    private static final int QUEUED = 1_000;

    private final ThreadPoolExecutor executor;

    public SlackWorkers() {
        AtomicInteger number = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), task -> {
            Thread thread = new Thread(task, "slack-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** @throws RejectedExecutionException when the queue is full */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    /** @throws RejectedExecutionException when the queue is full */
    public <T> CompletableFuture<T> supply(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, executor);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
