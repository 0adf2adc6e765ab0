package io.briefbot.chat.telegram;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import io.briefbot.common.BodyLimit;
import io.briefbot.common.ConstantTime;
import io.briefbot.common.Problem;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Telegram's webhook. The secret token header is checked before the body is read. A redelivered update
 * gets an empty 200, and a command answered from memory gets its answer in the response body, both on
 * the event loop that received it and without the Bot API library's model of the update (a typed message
 * is read in one pass, see {@link TypedMessage#read}; of anything else only the update_id is read). Anything else goes to a worker; Telegram gets its 200 within
 * {@code briefbot.telegram.webhook-reply-wait}, with the answer when it is a single message ready by
 * then, and whatever the response body could not carry goes out through the Bot API afterwards.
 */
@ApplicationScoped
public class TelegramWebhookRoute {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static final Logger LOG = Logger.getLogger(TelegramWebhookRoute.class);
    static final int MAX_UPDATE_BYTES = 1 << 20;
    private static final String JSON = "application/json";

    private final TelegramConfig config;
    private final TelegramUpdates updates;
    private final TelegramSender sender;
    private final TelegramWorkers workers;

    public TelegramWebhookRoute(TelegramConfig config, TelegramUpdates updates, TelegramSender sender, TelegramWorkers workers) {
        this.config = config;
        this.updates = updates;
        this.sender = sender;
        this.workers = workers;
    }

    void register(@Observes Router router) {
        router.post(PATH).order(BodyLimit.OWN_READER).handler(this::receive);
    }

    private void receive(RoutingContext routing) {
        HttpServerResponse response = routing.response();
        if (TelegramMode.of(config) != TelegramMode.WEBHOOK) {
            Problem.send(response, 404, "Not found", "The Telegram webhook is not enabled.");
            return;
        }
        String secret = routing.request().getHeader(SECRET_HEADER);
        if (secret == null || !ConstantTime.equals(secret, config.webhookSecret().orElseThrow())) {
            Problem.send(response, 401, "Unauthorized", "The " + SECRET_HEADER + " header is missing or wrong.");
            return;
        }
        BodyLimit.read(routing, MAX_UPDATE_BYTES, body -> answer(routing, body));
    }

    private void answer(RoutingContext routing, Buffer body) {
        HttpServerResponse response = routing.response();
        String json = body.toString(StandardCharsets.UTF_8);
        // a typed command, the common case, is read without the library's model and may need nothing more
        Optional<TypedMessage> typed = TypedMessage.read(json);
        if (typed.isPresent() && doneHere(response, typed.get().updateId(), () -> updates.ready(typed.get()))) {
            return;
        }
        OptionalInt id = typed.isPresent() ? OptionalInt.empty() : leadingUpdateId(json);
        if (id.isPresent() && updates.seenBefore(id.getAsInt())) {
            response.end();
            return;
        }
        Optional<Update> update = parse(json);
        if (update.isEmpty()) {
            notAnUpdate(response);
            return;
        }
        if (typed.isEmpty() && doneHere(response, update.get().updateId(), () -> updates.ready(update.get()))) {
            return;
        }
        Context here = Vertx.currentContext();
        CompletableFuture<Optional<Buffer>> inline = new CompletableFuture<>();
        try {
            workers.execute(() -> answer(update.get(), inline));
        } catch (RejectedExecutionException e) {
            LOG.warnf("Telegram update %d refused: all workers busy; Telegram will deliver it again", update.get().updateId());
            response.setStatusCode(503).end();
            return;
        }
        inline.completeOnTimeout(Optional.empty(), config.webhookReplyWait().toMillis(), TimeUnit.MILLISECONDS)
                .thenAccept(inlineBody -> here.runOnContext(nothing -> send(response, inlineBody)));
    }

    /** True when the update needs no worker: it was handled before (an empty 200), or its answer is in memory. */
    private boolean doneHere(HttpServerResponse response, int updateId, Supplier<Optional<Outbound>> fromMemory) {
        if (!updates.firstTime(updateId)) {
            response.end();
            return true;
        }
        Optional<Outbound> ready = fromMemory.get();
        ready.ifPresent(outbound -> reply(response, outbound));
        return ready.isPresent();
    }

    /** On the event loop: an answer from memory has nothing to wait for, but only one message fits the body. */
    private void reply(HttpServerResponse response, Outbound outbound) {
        Optional<Buffer> inline = outbound.asWebhookResponse();
        send(response, inline);
        if (inline.isEmpty()) {
            deliverLater(outbound);
        }
    }

    private void deliverLater(Outbound outbound) {
        try {
            workers.execute(() -> outbound.deliverWith(sender));
        } catch (RejectedExecutionException e) {
            LOG.errorf("Telegram answer to chat %d dropped: all workers busy", outbound.chatId());
        }
    }

    /** Runs on a worker; whatever the response body could not carry goes through the API. */
    private void answer(Update update, CompletableFuture<Optional<Buffer>> inline) {
        try {
            Optional<Outbound> outbound = updates.answer(update);
            Optional<Buffer> body = outbound.flatMap(Outbound::asWebhookResponse);
            if (body.isPresent() && inline.complete(body)) {
                return;
            }
            inline.complete(Optional.empty());
            outbound.ifPresent(answer -> answer.deliverWith(sender));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Telegram update %d could not be answered", update.updateId());
            inline.complete(Optional.empty());
        }
    }

    private static void send(HttpServerResponse response, Optional<Buffer> json) {
        if (json.isEmpty()) {
            response.end();
            return;
        }
        response.putHeader("Content-Type", JSON).end(json.get());
    }

    private static void notAnUpdate(HttpServerResponse response) {
        Problem.send(response, 400, "Bad request", "The body is not a Telegram update.");
    }

    /**
     * The update_id, read without parsing the whole update (Telegram sends it first): a redelivery needs
     * nothing else. Empty when it is not at the top level of a JSON object.
     */
    static OptionalInt leadingUpdateId(String json) {
        if (json == null) {
            return OptionalInt.empty();
        }
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.beginObject();
            while (reader.hasNext()) {
                if (!"update_id".equals(reader.nextName())) {
                    reader.skipValue();
                } else if (reader.peek() == JsonToken.NUMBER) {
                    return OptionalInt.of(reader.nextInt());
                } else {
                    return OptionalInt.empty();
                }
            }
            return OptionalInt.empty();
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<Update> parse(String json) {
        try {
            return Optional.ofNullable(BotUtils.parseUpdate(json))
                    .filter(update -> update.updateId() != null);
        } catch (JsonParseException e) {
            return Optional.empty();
        }
    }
}
