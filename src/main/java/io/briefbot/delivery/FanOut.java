package io.briefbot.delivery;

import io.briefbot.delivery.Posting.Result;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Sends the deliveries that are due, through their platforms' outlets, with several workers. A worker claims a
 * few rows (the lease is committed before any platform call), posts each row's messages one by one, each in the
 * send slot the pacer gives it (one pace for all replicas), and records every message id as it comes back, so a
 * retry continues after the last posted message and a runner killed mid-send duplicates at most the message that
 * was in flight.
 */
@ApplicationScoped
public class FanOut {

    static final String CORRECTED = "(corrected: see above)";
    private static final Logger LOG = Logger.getLogger(FanOut.class);
    private static final int CLAIM_BATCH = 4;
    private static final Duration MAX_IDLE_WAIT = Duration.ofMillis(250);
    private static final AtomicInteger DRAINS = new AtomicInteger();

    private final Outlets outlets;
    private final Pacer pacer;
    private final Ledger ledger;
    private final PostReplies replies;
    private final DeliveryConfig config;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Mutes mutes;

    FanOut(Outlets outlets, Pacer pacer, Ledger ledger, PostReplies replies, DeliveryConfig config, MeterRegistry meters, Clock clock,
            Mutes mutes) {
        this.outlets = outlets;
        this.pacer = pacer;
        this.mutes = mutes;
        this.ledger = ledger;
        this.replies = replies;
        this.config = config;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Sends until nothing is left that is due now or within {@code patience} (a row waiting out a 429 or a
     * backoff); rows due later are left to a later pass.
     */
    Tally drain(String runner, Duration patience) {
        Tally tally = new Tally();
        int drain = DRAINS.incrementAndGet();
        ExecutorService workers = Executors.newFixedThreadPool(config.workers(), task -> {
            Thread thread = new Thread(task, "delivery-" + drain + "-" + runner);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < config.workers(); i++) {
                running.add(workers.submit(() -> work(runner, patience, tally)));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.errorf(e.getCause(), "A delivery worker of %s failed", runner);
        } finally {
            workers.shutdownNow();
            pacer.forgetIdleChats();
        }
        return tally;
    }

    private Void work(String runner, Duration patience, Tally tally) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            List<Claimed> rows = ledger.claim(runner, outlets.platforms(), CLAIM_BATCH);
            if (rows.isEmpty()) {
                Optional<Instant> next = ledger.nextAttempt(outlets.platforms());
                Instant now = clock.instant();
                if (next.isEmpty() || next.get().isAfter(now.plus(patience))) {
                    return null;
                }
                Duration wait = Duration.between(now, next.get());
                Thread.sleep(Math.max(10, Math.min(wait.toMillis(), MAX_IDLE_WAIT.toMillis())));
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                try {
                    deliver(runner, rows.get(i), tally);
                } catch (InterruptedException e) {
                    rows.subList(i, rows.size()).forEach(row -> ledger.putBack(row.id(), runner));
                    throw e;
                }
            }
        }
        return null;
    }

    private void deliver(String runner, Claimed row, Tally tally) throws InterruptedException {
        Outlet<?> outlet = outlets.forPlatform(row.to().platform()).orElseThrow();
        Optional<Reply> reply = replies.of(row);
        if (reply.isEmpty()) {
            settle(runner, row, Posting.failed("its " + (row.articleId() != null ? "article" : "issue") + " is no longer in the archive"),
                    tally);
            return;
        }
        deliver(runner, row, outlet, reply.get(), tally);
    }

    private <M> void deliver(String runner, Claimed row, Outlet<M> outlet, Reply reply, Tally tally) throws InterruptedException {
        Destination to = row.to();
        Optional<String> refusal = outlet.refusal(to, row.workspace());
        if (refusal.isPresent()) {
            settle(runner, row, Posting.forbidden(refusal.get()), tally);
            return;
        }
        // a correction's edit of what was posted before the mute still goes out: only new posts are skipped
        Optional<Instant> muted = row.messageIds().isEmpty() ? mutes.until(to) : Optional.empty();
        if (muted.isPresent()) {
            ledger.skipped(row.id(), runner, "muted until " + muted.get());
            tally.skipped.incrementAndGet();
            count("skipped", to);
            return;
        }
        Pace pace = outlet.pace(to);
        List<M> messages = outlet.render(to, reply);
        List<String> posted = row.messageIds();
        if (row.needsEdit()) {
            for (int i = 0; i < posted.size(); i++) {
                M message = i < messages.size() ? messages.get(i) : outlet.render(to, corrected()).get(0);
                String messageId = posted.get(i);
                pacer.acquire(to, pace);
                if (!ledger.renew(row.id(), runner)) {
                    return;
                }
                Posting edit = call(() -> outlet.edit(to, messageId, message));
                pacer.answered(to, pace);
                if (edit.result() != Result.SENT) {
                    settle(runner, row, edit, tally);
                    return;
                }
            }
        }
        for (int i = posted.size(); i < messages.size(); i++) {
            M message = messages.get(i);
            pacer.acquire(to, pace);
            if (!ledger.renew(row.id(), runner)) {
                return;
            }
            Posting post = call(() -> outlet.send(to, message));
            pacer.answered(to, pace);
            if (post.result() != Result.SENT) {
                settle(runner, row, post, tally);
                return;
            }
            if (!ledger.posted(row.id(), runner, post.messageId())) {
                return;
            }
        }
        ledger.sent(row.id(), runner, row.revision());
        boolean edit = row.needsEdit();
        (edit ? tally.edited : tally.sent).incrementAndGet();
        count(edit ? "edited" : "sent", to);
    }

    private void settle(String runner, Claimed row, Posting posting, Tally tally) {
        Destination to = row.to();
        switch (posting.result()) {
            case RETRY_AFTER -> {
                Duration wait = posting.retryAfter() == null ? Duration.ofSeconds(1) : posting.retryAfter();
                // the outlet's sender counted the 429, as it counts every one the platform answers
                pacer.pause(to, wait);
                ledger.retryAfter(row.id(), runner, wait, posting.error());
                tally.retrying.incrementAndGet();
            }
            case GONE -> {
                ledger.gone(row.id(), runner, posting.error());
                tally.gone.incrementAndGet();
                count("gone", to);
            }
            case FORBIDDEN -> {
                ledger.forbidden(row.id(), runner, posting.error());
                LOG.debugf("Delivery %d to chat %s on %s not sent: %s", row.id(), to.chatId(), to.platform(), posting.error());
                tally.forbidden.incrementAndGet();
                count("forbidden", to);
            }
            case FAILED -> {
                if (ledger.failed(row.id(), runner, posting.error())) {
                    LOG.warnf("Delivery %d to chat %s on %s failed for good after %d attempts: %s", row.id(), to.chatId(),
                            to.platform(), row.attempts(), posting.error());
                    tally.failed.incrementAndGet();
                    count("failed", to);
                } else {
                    LOG.debugf("Delivery %d to chat %s on %s failed, to be tried again: %s", row.id(), to.chatId(), to.platform(),
                            posting.error());
                    tally.retrying.incrementAndGet();
                }
            }
            case SENT -> throw new IllegalArgumentException("a sent posting is not settled");
        }
    }

    private static Posting call(Supplier<Posting> platformCall) {
        try {
            Posting posting = platformCall.get();
            return posting == null ? Posting.failed("the outlet answered nothing") : posting;
        } catch (RuntimeException e) {
            return Posting.failed(e.toString());
        }
    }

    private static Reply corrected() {
        return new NoticeReply(NoticeReply.Kind.INFO, CORRECTED, List.of());
    }

    private void count(String state, Destination to) {
        meters.counter("briefbot_deliveries_total", "state", state, "platform", to.platform()).increment();
    }
}
