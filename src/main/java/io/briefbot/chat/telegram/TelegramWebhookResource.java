package io.briefbot.chat.telegram;

import com.google.gson.JsonParseException;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import io.briefbot.web.Problem;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Telegram's webhook. The secret token header is checked before the body is read. Telegram gets its 200
 * within {@code briefbot.telegram.webhook-reply-wait}; a single-message answer ready by then travels in
 * the response body, anything else goes out through the Bot API afterwards.
 */
@Path("/telegram/webhook")
public class TelegramWebhookResource {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger LOG = Logger.getLogger(TelegramWebhookResource.class);
    private static final int MAX_UPDATE_BYTES = 1 << 20;

    private final TelegramConfig config;
    private final TelegramUpdates updates;
    private final TelegramSender sender;
    private final TelegramWorkers workers;

    public TelegramWebhookResource(TelegramConfig config, TelegramUpdates updates, TelegramSender sender, TelegramWorkers workers) {
        this.config = config;
        this.updates = updates;
        this.sender = sender;
        this.workers = workers;
    }

    @POST
    @Blocking
    public CompletionStage<Response> receive(@HeaderParam(SECRET_HEADER) String secret, InputStream body) throws IOException {
        if (TelegramMode.of(config) != TelegramMode.WEBHOOK) {
            return done(Problem.response(Response.Status.NOT_FOUND, "Not found", "The Telegram webhook is not enabled."));
        }
        if (!WebhookSecret.matches(secret, config.webhookSecret().orElseThrow())) {
            return done(Problem.response(Response.Status.UNAUTHORIZED, "Unauthorized",
                    "The " + SECRET_HEADER + " header is missing or wrong."));
        }
        Optional<Update> update = parse(body);
        if (update.isEmpty()) {
            return done(Problem.response(Response.Status.BAD_REQUEST, "Bad request", "The body is not a Telegram update."));
        }
        CompletableFuture<Response> response = new CompletableFuture<>();
        try {
            workers.execute(() -> answer(update.get(), response));
        } catch (RejectedExecutionException e) {
            LOG.warnf("Telegram update %d refused: all workers busy; Telegram will deliver it again", update.get().updateId());
            return done(Response.status(Response.Status.SERVICE_UNAVAILABLE).build());
        }
        return response.completeOnTimeout(Response.ok().build(), config.webhookReplyWait().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs on a worker; whatever the response body could not carry goes through the API. */
    private void answer(Update update, CompletableFuture<Response> response) {
        try {
            Optional<Outbound> outbound = updates.handle(update);
            Optional<String> inline = outbound.flatMap(Outbound::asWebhookResponse);
            if (inline.isPresent() && response.complete(Response.ok(inline.get(), MediaType.APPLICATION_JSON).build())) {
                return;
            }
            response.complete(Response.ok().build());
            outbound.ifPresent(answer -> answer.deliverWith(sender));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Telegram update %d could not be answered", update.updateId());
            response.complete(Response.ok().build());
        }
    }

    private static Optional<Update> parse(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_UPDATE_BYTES + 1);
        if (bytes.length > MAX_UPDATE_BYTES) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(BotUtils.parseUpdate(new String(bytes, StandardCharsets.UTF_8)))
                    .filter(update -> update.updateId() != null);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }

    private static CompletionStage<Response> done(Response response) {
        return CompletableFuture.completedFuture(response);
    }
}
