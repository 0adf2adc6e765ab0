package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.Callback;
import com.pengrad.telegrambot.Cancellable;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import io.briefbot.common.Backoff;
import io.briefbot.common.Pause;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** Long polling (getUpdates) on its own thread, for when no webhook is configured. */
@ApplicationScoped
public class TelegramPoller {

    private static final Logger LOG = Logger.getLogger(TelegramPoller.class);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final TelegramConfig config;
    private final TelegramSender sender;
    private final TelegramUpdates updates;
    private final TelegramWorkers workers;
    private final AtomicReference<Cancellable> inFlight = new AtomicReference<>();
    private volatile boolean running;
    private Thread thread;

    public TelegramPoller(TelegramConfig config, TelegramSender sender, TelegramUpdates updates, TelegramWorkers workers) {
        this.config = config;
        this.sender = sender;
        this.updates = updates;
        this.workers = workers;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::poll, "telegram-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /** Cancels the waiting getUpdates call, so that shutdown does not wait out its timeout. */
    synchronized void stop() throws InterruptedException {
        if (thread == null) {
            return;
        }
        running = false;
        Cancellable call = inFlight.get();
        if (call != null) {
            call.cancel();
        }
        thread.interrupt();
        thread.join(Duration.ofSeconds(5).toMillis());
        thread = null;
    }

    private void poll() {
        int offset = 0;
        int failures = 0;
        while (running) {
            try {
                for (Update update : fetch(offset)) {
                    offset = Math.max(offset, update.updateId() + 1);
                    dispatch(update);
                }
                failures = 0;
            } catch (PollFailed e) {
                if (!running) {
                    return;
                }
                Duration backoff = BACKOFF.after(++failures);
                LOG.warnf("Telegram getUpdates failed (%s); retrying in %s", e.getMessage(), backoff);
                if (!Pause.of(backoff)) {
                    return;
                }
            }
        }
    }

    private List<Update> fetch(int offset) throws PollFailed {
        GetUpdates request = new GetUpdates().offset(offset).timeout((int) config.pollTimeout().toSeconds())
                .allowedUpdates(TelegramStartup.ALLOWED_UPDATES);
        CompletableFuture<GetUpdatesResponse> result = new CompletableFuture<>();
        inFlight.set(sender.api().execute(request, new Callback<GetUpdates, GetUpdatesResponse>() {
            @Override
            public void onResponse(GetUpdates call, GetUpdatesResponse response) {
                result.complete(response);
            }

            @Override
            public void onFailure(GetUpdates call, IOException e) {
                result.completeExceptionally(e);
            }
        }));
        try {
            GetUpdatesResponse response = result.get();
            sender.note(response);
            if (!response.isOk()) {
                throw new PollFailed(response.errorCode() + " " + response.description());
            }
            return response.updates() == null ? List.of() : response.updates();
        } catch (ExecutionException e) {
            sender.reachability().unreachable(e.getCause().getClass().getSimpleName());
            throw new PollFailed(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PollFailed("interrupted");
        } catch (RuntimeException e) {
            throw new PollFailed(e.getClass().getSimpleName());
        } finally {
            inFlight.set(null);
        }
    }

    /** Answering runs on the poller thread (quick); sending on a worker, or here when all are busy. */
    private void dispatch(Update update) {
        try {
            updates.handle(update).ifPresent(outbound -> {
                try {
                    workers.execute(() -> outbound.deliverWith(sender));
                } catch (RejectedExecutionException e) {
                    outbound.deliverWith(sender);
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Telegram update %d could not be answered", update.updateId());
        }
    }

    private static final class PollFailed extends Exception {
        PollFailed(String message) {
            super(message);
        }
    }
}
