package io.briefbot.chat.telegram;

import io.briefbot.format.telegram.TelegramMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The webhook response body that sends a rendered message, made once per message and forum topic: the
 * same /today goes to many chats, and only its chat_id differs. Made with the Bot API library's own JSON
 * for a marked chat id, which is then swapped for the real one.
 */
final class WebhookBodies {

    private static final int CAPACITY = 256;
    private static final long MARK = Long.MIN_VALUE;
    private static final String CHAT_ID = "\"chat_id\":";

    private final Map<Key, Optional<Halves>> recent = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Optional<Halves>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The body of {@code TelegramRequests.send(chatId, threadId, message).toWebhookResponse()}. */
    String of(long chatId, Long threadId, TelegramMessage message) {
        Key key = new Key(message, threadId);
        Optional<Halves> halves;
        synchronized (recent) {
            halves = recent.get(key);
        }
        if (halves == null) {
            halves = split(TelegramRequests.send(MARK, threadId, message).toWebhookResponse());
            synchronized (recent) {
                recent.put(key, halves);
            }
        }
        return halves.isPresent()
                ? halves.get().before() + chatId + halves.get().after()
                : TelegramRequests.send(chatId, threadId, message).toWebhookResponse();
    }

    private static Optional<Halves> split(String json) {
        String marked = CHAT_ID + MARK;
        int at = json.indexOf(marked);
        if (at < 0 || json.indexOf(marked, at + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Halves(json.substring(0, at + CHAT_ID.length()), json.substring(at + marked.length())));
    }

    private record Key(TelegramMessage message, Long threadId) {
    }

    private record Halves(String before, String after) {
    }
}
