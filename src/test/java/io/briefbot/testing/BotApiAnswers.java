package io.briefbot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

/** The Bot API's answers to sendMessage, as Telegram sends them, for stand-ins. */
public final class BotApiAnswers {

    private BotApiAnswers() {
    }

    /** The message posted to {@code chat} (in forum topic {@code thread}, when not null) under {@code messageId}. */
    public static ResponseDefinition sent(String chat, String thread, int messageId) {
        String chatJson = chat.startsWith("-") ? "{\"id\":" + chat + ",\"title\":\"Desk " + chat + "\",\"type\":\"supergroup\"}"
                : "{\"id\":" + chat + ",\"first_name\":\"Reader\",\"type\":\"private\"}";
        return json(200, "{\"ok\":true,\"result\":{\"message_id\":" + messageId
                + (thread == null ? "" : ",\"message_thread_id\":" + thread + ",\"is_topic_message\":true")
                + ",\"from\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"briefbot\",\"username\":\"briefbot_test_bot\"},"
                + "\"chat\":" + chatJson + ",\"date\":" + System.currentTimeMillis() / 1000 + ",\"text\":\"briefing\"}}");
    }

    /** Flood control: wait {@code seconds} before the next call. */
    public static ResponseDefinition tooManyRequests(long seconds) {
        return json(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + seconds
                + "\",\"parameters\":{\"retry_after\":" + seconds + "}}");
    }

    private static ResponseDefinition json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body).build();
    }
}
