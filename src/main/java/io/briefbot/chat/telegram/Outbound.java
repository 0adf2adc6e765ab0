package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.SendMessage;
import io.vertx.core.buffer.Buffer;
import java.util.List;
import java.util.Optional;

/**
 * The Bot API calls that answer one update, in order.
 *
 * @param webhookBody the single call as a webhook response body, made ahead; null to make it from the call
 */
record Outbound(long chatId, List<Call> calls, Buffer webhookBody) {

    Outbound(long chatId, List<Call> calls) {
        this(chatId, calls, null);
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
        if (webhookBody != null && calls.size() == 1) {
            return Optional.of(webhookBody);
        }
        if (calls.size() == 1 && calls.get(0).insteadIfRefused() == null && calls.get(0).request() instanceof SendMessage send) {
            return Optional.of(Buffer.buffer(send.toWebhookResponse()));
        }
        return Optional.empty();
    }

    void deliverWith(TelegramSender sender) {
        for (Call call : calls) {
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
