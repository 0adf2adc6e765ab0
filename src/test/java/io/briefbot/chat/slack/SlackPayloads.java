package io.briefbot.chat.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Request bodies shaped like Slack's own: slash commands, Events API envelopes, block_actions. */
final class SlackPayloads {

    private SlackPayloads() {
    }

    /** Slack's unsigned check of the Request URL's certificate. */
    static String sslCheck() {
        return "token=gIkuvaNzQIHg97ATvDxqgjtO&ssl_check=1";
    }

    static String slashCommand(String team, String channel, String command, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        form.put("team_id", team);
        form.put("team_domain", "briefbot-test");
        form.put("channel_id", channel);
        form.put("channel_name", "newsroom");
        form.put("user_id", "U0ADA0001");
        form.put("user_name", "ada");
        form.put("command", command);
        form.put("text", text);
        form.put("api_app_id", "A0BRIEF01");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return form(form);
    }

    static String appMention(String team, String eventId, String channel, String text) {
        return eventCallback(team, eventId, "{\"type\":\"app_mention\",\"user\":\"U0ADA0001\",\"text\":\"" + text + "\","
                + "\"ts\":\"1764400000.000300\",\"channel\":\"" + channel + "\",\"event_ts\":\"1764400000.000300\"}");
    }

    /** A mention written as a reply in the thread of the message {@code threadTs}. */
    static String appMentionInThread(String team, String eventId, String channel, String text, String threadTs) {
        return eventCallback(team, eventId, "{\"type\":\"app_mention\",\"user\":\"U0ADA0001\",\"text\":\"" + text + "\","
                + "\"ts\":\"1764400100.000700\",\"thread_ts\":\"" + threadTs + "\",\"channel\":\"" + channel + "\","
                + "\"event_ts\":\"1764400100.000700\"}");
    }

    static String directMessage(String team, String eventId, String channel, String text) {
        return eventCallback(team, eventId, "{\"type\":\"message\",\"user\":\"U0ADA0001\",\"text\":\"" + text + "\","
                + "\"ts\":\"1764400000.000400\",\"channel\":\"" + channel + "\",\"event_ts\":\"1764400000.000400\",\"channel_type\":\"im\"}");
    }

    /** A message the bot itself posted in a direct message channel, as Slack echoes it back. */
    static String ownDirectMessage(String team, String eventId, String channel, String text) {
        return eventCallback(team, eventId, "{\"type\":\"message\",\"user\":\"" + SlackApiStandIn.BOT_USER + "\",\"bot_id\":\"B0BOT0001\","
                + "\"app_id\":\"A0BRIEF01\",\"text\":\"" + text + "\",\"ts\":\"1764400000.000500\",\"channel\":\"" + channel + "\","
                + "\"event_ts\":\"1764400000.000500\",\"channel_type\":\"im\"}");
    }

    /** A message from an integration (subtype bot_message). */
    static String botMessage(String team, String eventId, String channel, String text) {
        return eventCallback(team, eventId, "{\"type\":\"message\",\"subtype\":\"bot_message\",\"bot_id\":\"B0OTHER01\","
                + "\"username\":\"newsbot\",\"text\":\"" + text + "\",\"ts\":\"1764400000.000600\",\"channel\":\"" + channel + "\","
                + "\"event_ts\":\"1764400000.000600\",\"channel_type\":\"im\"}");
    }

    static String urlVerification(String challenge) {
        return "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"challenge\":\"" + challenge + "\",\"type\":\"url_verification\"}";
    }

    static String blockAction(String team, String channel, String messageTs, String command, String responseUrl) {
        String payload = "{\"type\":\"block_actions\",\"user\":{\"id\":\"U0ADA0001\",\"username\":\"ada\",\"name\":\"ada\",\"team_id\":\"" + team + "\"},"
                + "\"api_app_id\":\"A0BRIEF01\",\"token\":\"gIkuvaNzQIHg97ATvDxqgjtO\","
                + "\"container\":{\"type\":\"message\",\"message_ts\":\"" + messageTs + "\",\"channel_id\":\"" + channel + "\",\"is_ephemeral\":false},"
                + "\"trigger_id\":\"13345224609.738474920.8088930838d88f008e0\",\"team\":{\"id\":\"" + team + "\",\"domain\":\"briefbot-test\"},"
                + "\"enterprise\":null,\"is_enterprise_install\":false,\"channel\":{\"id\":\"" + channel + "\",\"name\":\"newsroom\"},"
                + "\"message\":{\"type\":\"message\",\"subtype\":\"bot_message\",\"text\":\"briefing\",\"ts\":\"" + messageTs + "\",\"bot_id\":\"B0BOT0001\"},"
                + "\"state\":{\"values\":{}},\"response_url\":\"" + responseUrl + "\","
                + "\"actions\":[{\"action_id\":\"briefbot-help\",\"block_id\":\"nav\",\"text\":{\"type\":\"plain_text\",\"text\":\"Help\",\"emoji\":true},"
                + "\"value\":\"" + command + "\",\"type\":\"button\",\"action_ts\":\"1764400001.000100\"}]}";
        return form(Map.of("payload", payload));
    }

    private static String eventCallback(String team, String eventId, String event) {
        return "{\"token\":\"Jhj5dZrVaK7ZwHHjRyZWjbDl\",\"team_id\":\"" + team + "\",\"context_team_id\":\"" + team + "\","
                + "\"api_app_id\":\"A0BRIEF01\",\"event\":" + event + ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\","
                + "\"event_time\":1764400000,\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\"" + team + "\",\"user_id\":\""
                + SlackApiStandIn.BOT_USER + "\",\"is_bot\":true,\"is_enterprise_install\":false}],\"is_ext_shared_channel\":false}";
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
