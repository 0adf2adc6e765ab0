package io.briefbot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

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
            return json(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfterSeconds
                    + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
        }
        received.merge(key, 1, Integer::sum);
        String chatJson = chat.startsWith("-") ? "{\"id\":" + chat + ",\"title\":\"Desk " + chat + "\",\"type\":\"supergroup\"}"
                : "{\"id\":" + chat + ",\"first_name\":\"Reader\",\"type\":\"private\"}";
        return json(200, "{\"ok\":true,\"result\":{\"message_id\":" + nextMessageId++
                + (thread == null ? "" : ",\"message_thread_id\":" + thread + ",\"is_topic_message\":true")
                + ",\"from\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"briefbot\",\"username\":\"briefbot_test_bot\"},"
                + "\"chat\":" + chatJson + ",\"date\":" + System.currentTimeMillis() / 1000 + ",\"text\":\"briefing\"}}");
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

    private static ResponseDefinition json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body).build();
    }
}
