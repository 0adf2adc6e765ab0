package io.briefbot.chat.telegram;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounded threads for answering updates and calling the Bot API, so that waits (429, backoff) never
 * hold an HTTP thread. A full queue refuses work rather than growing without bound.
 */
@ApplicationScoped
public class TelegramWorkers {

    private static final int THREADS = 8;
    private static final int QUEUED = 1_000;

    private final ThreadPoolExecutor executor;

    public TelegramWorkers() {
        AtomicInteger number = new AtomicInteger();
        executor = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED), task -> {
            Thread thread = new Thread(task, "telegram-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
    }

    /** @throws RejectedExecutionException when the queue is full */
    public void execute(Runnable task) {
        executor.execute(task);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(5, TimeUnit.SECONDS);
    }
}
