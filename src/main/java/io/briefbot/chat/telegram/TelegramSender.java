package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.ResponseParameters;
import io.briefbot.chat.ApiReachability;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import io.briefbot.common.RetryPolicy;
import io.briefbot.common.RetryPolicy.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Calls the Bot API with retries: waits as told on 429, backs off on 5xx and I/O failures, gives up at
 * once on refusals (400, 403). A reply that finally fails is logged and counted, never dropped silently.
 * Calls block while they wait: run them on a worker thread. Delivery's outlet makes single calls
 * ({@link #attempt}) and keeps its own retries.
 */
@ApplicationScoped
public class TelegramSender {

    private static final Logger LOG = Logger.getLogger(TelegramSender.class);

    private static final int TOO_MANY_REQUESTS = 429;
    private static final int UNAUTHORIZED = 401;

    private final TelegramBot bot;
    private final String token;
    private final Counter failedReplies;
    private final Counter rateLimited;

    private final ApiReachability reachability = new ApiReachability();

    public TelegramSender(TelegramConfig config, MeterRegistry meters) {
        this.token = config.botToken().orElse(null);
        this.bot = token == null ? null : new TelegramBot.Builder(token).apiUrl(stripSlash(config.apiUrl()) + "/bot").build();
        this.failedReplies = meters.counter("briefbot_replies_failed_total", "platform", "telegram");
        this.rateLimited = meters.counter("briefbot_platform_429_total", "platform", "telegram");
    }

    /** Sends one reply (or part of one) to a chat; empty when it finally failed, which is logged and counted. */
    public <R extends BaseResponse> Optional<R> send(long chatId, BaseRequest<?, R> request) {
        Attempt<R> attempt = withRetries(request);
        if (attempt.ok()) {
            return Optional.of(attempt.response());
        }
        reportFailure(chatId, request.getMethod(), attempt.error());
        return Optional.empty();
    }

    /** Calls a method with retries; the caller decides what a failure means. */
    public <R extends BaseResponse> Attempt<R> withRetries(BaseRequest<?, R> request) {
        return RetryPolicy.PLATFORM.call(() -> attempt(request), Attempt::verdict);
    }

    /** Calls a method once, for callers that keep their own retries; a 429 is counted all the same. */
    public <R extends BaseResponse> Attempt<R> attempt(BaseRequest<?, R> request) {
        try {
            R response = api().execute(request);
            note(response);
            if (response.isOk()) {
                return new Attempt<>(response, 0, null);
            }
            if (response.errorCode() == TOO_MANY_REQUESTS) {
                rateLimited.increment();
            }
            return new Attempt<>(response, response.errorCode(), response.errorCode() + " " + response.description());
        } catch (RuntimeException e) {
            // The SDK wraps I/O failures; an answer that is not JSON (a proxy's error page) fails to parse.
            String error = redacted(e);
            reachability.unreachable(error);
            return new Attempt<>(null, 0, error);
        }
    }

    /** Any answer of the Bot API tells whether it is reachable and takes the token. */
    void note(BaseResponse response) {
        if (response.isOk() || (response.errorCode() >= 400 && response.errorCode() < 500 && response.errorCode() != UNAUTHORIZED)) {
            reachability.answered();
        } else if (response.errorCode() == UNAUTHORIZED) {
            reachability.tokenRefused(response.errorCode() + " " + response.description());
        } else {
            reachability.unreachable(response.errorCode() + " " + response.description());
        }
    }

    ApiReachability reachability() {
        return reachability;
    }

    void reportFailure(long chatId, String method, String error) {
        LOG.warnf("Telegram %s to chat %d failed: %s", method, chatId, error);
        failedReplies.increment();
    }

    TelegramBot api() {
        if (bot == null) {
            throw new IllegalStateException("Telegram is off: TELEGRAM_BOT_TOKEN is not set");
        }
        return bot;
    }

    @PreDestroy
    void close() {
        if (bot != null) {
            bot.shutdown();
        }
    }

    /** Exception messages may carry the request address, and with it the token. */
    private String redacted(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return token == null ? message : message.replace(token, "<token>");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The outcome of a call after retries.
     *
     * @param response  the last answer; null when none came
     * @param errorCode Telegram's error code; 0 when ok or when no answer came
     * @param error     what went wrong, for the log; null when ok
     */
    public record Attempt<R extends BaseResponse>(R response, int errorCode, String error) {

        public boolean ok() {
            return error == null;
        }

        /** Telegram refused the call as it stands (400, 403, …): sending it again will not help. */
        public boolean refused() {
            return errorCode >= 400 && errorCode < 500 && errorCode != TOO_MANY_REQUESTS;
        }

        public boolean rateLimited() {
            return errorCode == TOO_MANY_REQUESTS;
        }

        Verdict verdict() {
            if (ok() || refused()) {
                return Verdict.FINAL;
            }
            return rateLimited() ? Verdict.rateLimited(retryAfter()) : Verdict.TRANSIENT;
        }

        /** The wait a 429 asks for (parameters.retry_after), at least a second. */
        public Duration retryAfter() {
            Integer seconds = parameters() == null ? null : parameters().retryAfter();
            return seconds == null ? RetryPolicy.DEFAULT_RETRY_AFTER : Duration.ofSeconds(Math.max(1, seconds));
        }

        /** The supergroup a group was upgraded to (parameters.migrate_to_chat_id), when Telegram names one. */
        public Optional<Long> migratedTo() {
            return Optional.ofNullable(parameters() == null ? null : parameters().migrateToChatId());
        }

        private ResponseParameters parameters() {
            return response == null ? null : response.parameters();
        }
    }
}
