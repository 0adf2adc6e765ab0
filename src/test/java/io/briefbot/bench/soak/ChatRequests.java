package io.briefbot.bench.soak;

import io.briefbot.testing.SlackSigner;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Chat traffic shaped like the platforms': signed Slack slash commands and Telegram webhook updates. */
final class ChatRequests {

    static final String SIGNING_SECRET = "soak-signing-secret-0123456789abcdef";
    static final String WEBHOOK_SECRET = "soak-webhook-secret_0123456789";
    static final String TEAM = "T0SOAK";
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final PlatformStandIns platforms;
    private final AtomicInteger updateIds = new AtomicInteger(1);

    ChatRequests(PlatformStandIns platforms) {
        this.platforms = platforms;
    }

    /** A slash command; {@code line} is "/today" or "/briefing subscribe 08:00 …". Its response_url names {@code request}. */
    HttpRequest slack(String baseUrl, long request, String channel, String user, String line) {
        int space = line.indexOf(' ');
        String command = space < 0 ? line : line.substring(0, space);
        String text = space < 0 ? "" : line.substring(space + 1);
        String body = "token=soak&team_id=" + TEAM + "&team_domain=soak&channel_id=" + channel + "&channel_name=desk&user_id=" + user
                + "&user_name=reader&command=" + encode(command) + "&text=" + encode(text) + "&api_app_id=A0SOAK"
                + "&is_enterprise_install=false&response_url=" + encode(platforms.responseUrl(request)) + "&trigger_id=" + request + ".1.2";
        long timestamp = System.currentTimeMillis() / 1000;
        return HttpRequest.newBuilder(URI.create(baseUrl + "/slack/events")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackSigner.signature(SIGNING_SECRET, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A message in a Telegram chat: a private chat when {@code chat} is the user, a supergroup when it is negative. */
    HttpRequest telegram(String baseUrl, long chat, long user, String text) {
        int id = updateIds.getAndIncrement();
        int command = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
        String chatJson = chat < 0 ? "{\"id\":" + chat + ",\"type\":\"supergroup\",\"title\":\"Desk " + -chat % 1000 + "\"}"
                : "{\"id\":" + chat + ",\"type\":\"private\",\"first_name\":\"Reader\"}";
        String body = "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + id + ",\"date\":" + System.currentTimeMillis() / 1000
                + ",\"chat\":" + chatJson + ",\"from\":{\"id\":" + user + ",\"is_bot\":false,\"first_name\":\"Reader\",\"language_code\":\"en\"},"
                + "\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\","
                + "\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":" + command + "}]}}";
        return HttpRequest.newBuilder(URI.create(baseUrl + "/telegram/webhook")).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", WEBHOOK_SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
