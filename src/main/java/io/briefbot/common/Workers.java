package io.briefbot.common;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounded daemon threads for a platform's work that may be slow or wait (commands, 429s, backoff), so that it
 * never holds a thread the platform's acknowledgement or an HTTP answer depends on. A full queue refuses work
 * rather than grow.
 */
public abstract class Workers {

    private static final int THREADS = 8;
    private static final int QUEUED = 1_000;

    private final ThreadPoolExecutor executor;

    /** @param name the threads' name, numbered ("slack-worker-1", …) */
    protected Workers(String name) {
        AtomicInteger number = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), task -> {
            Thread thread = new Thread(task, name + "-" + number.incrementAndGet());
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
    public void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
