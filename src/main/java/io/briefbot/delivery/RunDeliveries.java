package io.briefbot.delivery;

import io.briefbot.common.RunMode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * The delivery pass: queue the daily posts and weekly digests due at an instant, then send whatever is due. It runs on a schedule,
 * soon after an issue is stored, and when an operator asks. One pass at a time in a process; other replicas run
 * theirs beside it and the ledger's row claims keep them apart.
 */
@ApplicationScoped
public class RunDeliveries {

    private static final Logger LOG = Logger.getLogger(RunDeliveries.class);

    private final QueueDailyPosts dailyPosts;
    private final QueueDigests digests;
    private final FanOut fanOut;
    private final DeliveryConfig config;
    private final Counter passes;
    private final Clock clock;
    private final String runner;
    private final ReentrantLock passing = new ReentrantLock();
    private final ExecutorService soon = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "delivery-soon");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger soonPending = new AtomicInteger();

    RunDeliveries(QueueDailyPosts dailyPosts, QueueDigests digests, FanOut fanOut, DeliveryConfig config, MeterRegistry meters,
            Clock clock) {
        this.dailyPosts = dailyPosts;
        this.digests = digests;
        this.fanOut = fanOut;
        this.config = config;
        this.passes = meters.counter("briefbot_delivery_passes_total");
        this.clock = clock;
        this.runner = config.runner().filter(name -> !name.isBlank()).orElseGet(RunDeliveries::hostAndPid);
    }

    @Scheduled(every = "{briefbot.delivery.check-every}", delayed = "{briefbot.start.background-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = RunMode.SkipInTasks.class)
    void scheduled() {
        if (config.enabled() && passing.tryLock()) {
            try {
                pass(clock.instant());
            } finally {
                passing.unlock();
            }
        }
    }

    /** Runs a pass as if the clock read {@code at}, after any pass already running in this process. */
    public PassSummary runAt(Instant at) {
        passing.lock();
        try {
            return pass(at);
        } finally {
            passing.unlock();
        }
    }

    /**
     * Off the caller's thread: first {@code queue} (what a stored issue brings), then, unless passes are switched
     * off, a pass. A pass already running at that moment sends what this one queues. A burst of stored issues
     * queues each, then runs one pass for all of them, not one per issue.
     */
    void soon(Runnable queue) {
        soonPending.incrementAndGet();
        soon.execute(() -> {
            boolean lastOfBurst;
            try {
                queue.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not queue deliveries");
            } finally {
                lastOfBurst = soonPending.decrementAndGet() == 0;
            }
            if (lastOfBurst && config.enabled() && passing.tryLock()) {
                try {
                    pass(clock.instant());
                } catch (RuntimeException e) {
                    LOG.errorf(e, "The delivery pass after a stored issue failed; the next scheduled pass sends what it left");
                } finally {
                    passing.unlock();
                }
            }
        });
    }

    private PassSummary pass(Instant at) {
        passes.increment();
        int queued = dailyPosts.queue(at) + digests.queue(at);
        PassSummary summary = PassSummary.of(at, queued, fanOut.drain(runner, config.interval()));
        log(summary);
        return summary;
    }

    private static void log(PassSummary summary) {
        if (summary.queued() + summary.sent() + summary.edited() + summary.retrying() + summary.failed() + summary.gone()
                + summary.forbidden() + summary.skipped() > 0) {
            LOG.infof("Delivery pass at %s: %d queued, %d sent, %d edited, %d to retry, %d failed, %d gone, %d forbidden, "
                            + "%d skipped (muted)", summary.at(), summary.queued(), summary.sent(), summary.edited(), summary.retrying(),
                    summary.failed(), summary.gone(), summary.forbidden(), summary.skipped());
        }
    }

    @PreDestroy
    void stop() {
        soon.shutdownNow();
    }

    private static String hostAndPid() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
