package io.briefbot.chat.telegram;

import io.briefbot.format.telegram.TelegramMessage;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The webhook response body that sends a rendered message, made once per message and forum topic, in
 * UTF-8: the same /today goes to many chats, and only its chat_id differs. Made with the Bot API
 * library's own JSON for a marked chat id, which is then swapped for the real one.
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

    /** The last message asked for, by identity: everyone's /today is one rendered instance, whose text need not be compared. */
    private volatile Last last;

    /** The body of {@code TelegramRequests.send(chatId, threadId, message).toWebhookResponse()}. */
    Buffer of(long chatId, Long threadId, TelegramMessage message) {
        Optional<Halves> halves = halvesOf(threadId, message);
        return halves.isPresent()
                ? halves.get().around(chatId)
                : Buffer.buffer(TelegramRequests.send(chatId, threadId, message).toWebhookResponse());
    }

    private Optional<Halves> halvesOf(Long threadId, TelegramMessage message) {
        Last seen = last;
        if (seen != null && seen.message() == message && Objects.equals(seen.threadId(), threadId)) {
            return seen.halves();
        }
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
        last = new Last(message, threadId, halves);
        return halves;
    }

    private static Optional<Halves> split(String json) {
        String marked = CHAT_ID + MARK;
        int at = json.indexOf(marked);
        if (at < 0 || json.indexOf(marked, at + 1) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Halves(json.substring(0, at + CHAT_ID.length()).getBytes(StandardCharsets.UTF_8),
                json.substring(at + marked.length()).getBytes(StandardCharsets.UTF_8)));
    }

    private record Key(TelegramMessage message, Long threadId) {
    }

    private record Last(TelegramMessage message, Long threadId, Optional<Halves> halves) {
    }

    private record Halves(byte[] before, byte[] after) {

        Buffer around(long chatId) {
            String id = Long.toString(chatId);
            return Buffer.buffer(before.length + id.length() + after.length).appendBytes(before).appendString(id).appendBytes(after);
        }
    }
}
