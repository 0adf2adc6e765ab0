package io.briefbot.testing;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * The Bot API's sendMessage as a flood-limited Telegram answers it: every {@code every}-th call is refused with
 * 429 and parameters.retry_after, the others post the message under a new message_id. Tallies what each chat
 * (or forum topic, "chat/topic") received, the 429s, and calls for a chat that came before its retry_after
 * had passed. A WireMock extension; {@link FloodLimitedTelegram} serves it on loopback for Quarkus tests.
 */
public class FloodLimitedBotApi implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "flood-limited-bot-api";

    private final int every;
    private final int retryAfterSeconds;
    private final Map<String, Integer> received = new HashMap<>();
    private final Map<String, Long> waitUntil = new HashMap<>();
    private int calls;
    private int rateLimited;
    private int earlyRetries;
    private int nextMessageId = 1;

    public FloodLimitedBotApi(int every, int retryAfterSeconds) {
        this.every = every;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
        Map<String, String> call = FormBody.fields(serveEvent.getRequest().getBodyAsString());
        String chat = call.get("chat_id");
        String thread = call.get("message_thread_id");
        String key = thread == null ? chat : chat + "/" + thread;
        long now = System.nanoTime();
        Long until = waitUntil.remove(key);
        if (until != null && now < until) {
            earlyRetries++;
        }
        if (++calls % every == 0) {
            rateLimited++;
            waitUntil.put(key, now + retryAfterSeconds * 1_000_000_000L);
            return BotApiAnswers.tooManyRequests(retryAfterSeconds);
        }
        received.merge(key, 1, Integer::sum);
        return BotApiAnswers.sent(chat, thread, nextMessageId++);
    }

    /** Messages each chat (or "chat/topic") received, refused calls not counted. */
    public synchronized Map<String, Integer> received() {
        return Map.copyOf(received);
    }

    public synchronized int calls() {
        return calls;
    }

    public synchronized int rateLimited() {
        return rateLimited;
    }

    /** Calls for a chat that came sooner after its 429 than retry_after allowed. */
    public synchronized int earlyRetries() {
        return earlyRetries;
    }
}
