package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.SendMessage;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The Bot API calls that answer one update, in order. */
final class Outbound {

    private final long chatId;
    private final Supplier<List<Call>> calls;
    private final Buffer webhookBody;

    Outbound(long chatId, List<Call> calls) {
        this(chatId, () -> calls, null);
    }

    private Outbound(long chatId, Supplier<List<Call>> calls, Buffer webhookBody) {
        this.chatId = chatId;
        this.calls = calls;
        this.webhookBody = webhookBody;
    }

    /**
     * One message whose webhook response body is made already. Its Bot API call is made only when it is sent that
     * way (polling, or a webhook answer that came too late for the response): the library names each of a request's
     * parameters through a regular expression, which cost more than the rest of a /today answered from memory.
     */
    static Outbound oneMessage(long chatId, Buffer webhookBody, Supplier<BaseRequest<?, ?>> call) {
        return new Outbound(chatId, () -> List.of(Call.of(call.get())), webhookBody);
    }

    long chatId() {
        return chatId;
    }

    /**
     * A call, and what to send instead when Telegram refuses it: a pressed message that can no longer be
     * edited (too old, deleted) gets the reply as a new message.
     */
    record Call(BaseRequest<?, ?> request, BaseRequest<?, ?> insteadIfRefused) {

        static Call of(BaseRequest<?, ?> request) {
            return new Call(request, null);
        }
    }

    /**
     * The answer as the webhook's own response body, when it is a single message: Telegram then makes the
     * call itself, saving a round trip, but reports no failure of it.
     */
    Optional<Buffer> asWebhookResponse() {
        if (webhookBody != null) {
            return Optional.of(webhookBody);
        }
        List<Call> all = calls.get();
        if (all.size() == 1 && all.get(0).insteadIfRefused() == null && all.get(0).request() instanceof SendMessage send) {
            return Optional.of(Buffer.buffer(send.toWebhookResponse()));
        }
        return Optional.empty();
    }

    void deliverWith(TelegramSender sender) {
        for (Call call : calls.get()) {
            TelegramSender.Attempt<?> attempt = sender.withRetries(call.request());
            if (attempt.ok() || unchanged(attempt)) {
                continue;
            }
            if (attempt.refused() && call.insteadIfRefused() != null) {
                sender.send(chatId, call.insteadIfRefused());
                continue;
            }
            sender.reportFailure(chatId, call.request().getMethod(), attempt.error());
        }
    }

    /** Pressing a button whose answer is already shown: Telegram refuses to edit a message into itself. */
    private static boolean unchanged(TelegramSender.Attempt<?> attempt) {
        return attempt.refused() && attempt.error().contains("message is not modified");
    }
}
