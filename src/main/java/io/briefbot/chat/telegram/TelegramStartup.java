package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.model.BotCommand;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetMe;
import com.pengrad.telegrambot.request.SetMyCommands;
import com.pengrad.telegrambot.request.SetWebhook;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.GetMeResponse;
import io.briefbot.common.BackgroundWorkStarted;
import io.briefbot.common.RunMode;
import io.briefbot.chat.Commands;
import io.briefbot.chat.Platform;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Connects to Telegram in the background: learns the bot's name, publishes the command menu, then
 * registers the webhook or starts polling. Failures are retried with growing pauses; Telegram being
 * unreachable never holds up the application.
 */
@ApplicationScoped
public class TelegramStartup {

    static final String[] ALLOWED_UPDATES = {"message", "callback_query"};

    private static final Logger LOG = Logger.getLogger(TelegramStartup.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private final TelegramConfig config;
    private final TelegramSender sender;
    private final TelegramPoller poller;
    private final BotIdentity identity;
    private final RunMode runMode;
    private final Commands commands;
    private ScheduledExecutorService connector;
    private Duration nextRetry = FIRST_RETRY;

    public TelegramStartup(TelegramConfig config, TelegramSender sender, TelegramPoller poller, BotIdentity identity,
                           RunMode runMode, Commands commands) {
        this.runMode = runMode;
        this.commands = commands;
        this.config = config;
        this.sender = sender;
        this.poller = poller;
        this.identity = identity;
    }

    void start(@Observes BackgroundWorkStarted event) {
        TelegramMode mode = TelegramMode.of(config);
        if (mode == TelegramMode.OFF) {
            if (config.botToken().isPresent()) {
                LOG.error("Telegram stays off: TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not");
            } else {
                LOG.info("Telegram is off: TELEGRAM_BOT_TOKEN is not set");
            }
            return;
        }
        if (!runMode.isServer()) {
            return;
        }
        connector = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "telegram-connect");
            thread.setDaemon(true);
            return thread;
        });
        connector.execute(() -> connect(mode));
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (connector == null) {
            return;
        }
        connector.shutdownNow();
        poller.stop();
    }

    private void connect(TelegramMode mode) {
        try {
            GetMeResponse me = call(new GetMe());
            identity.learned(me.user().username());
            call(new SetMyCommands(menu()));
            if (mode == TelegramMode.WEBHOOK) {
                call(new SetWebhook().url(config.webhookUrl().orElseThrow()).secretToken(config.webhookSecret().orElseThrow())
                        .allowedUpdates(ALLOWED_UPDATES));
            } else {
                call(new DeleteWebhook());
                poller.start();
            }
            LOG.infof("Telegram connected as @%s (%s)", me.user().username(), mode.name().toLowerCase());
        } catch (SetupFailed e) {
            LOG.warnf("Telegram setup failed at %s; retrying in %s", e.getMessage(), nextRetry);
            connector.schedule(() -> connect(mode), nextRetry.toMillis(), TimeUnit.MILLISECONDS);
            nextRetry = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
        }
    }

    private BotCommand[] menu() {
        return commands.listed(Platform.TELEGRAM).stream()
                .map(command -> new BotCommand(command.name(), command.description()))
                .toArray(BotCommand[]::new);
    }

    private <R extends BaseResponse> R call(BaseRequest<?, R> request) throws SetupFailed {
        TelegramSender.Attempt<R> attempt = sender.withRetries(request);
        if (!attempt.ok()) {
            throw new SetupFailed(request.getMethod() + ": " + attempt.error());
        }
        return attempt.response();
    }

    private static final class SetupFailed extends Exception {
        SetupFailed(String message) {
            super(message);
        }
    }
}
