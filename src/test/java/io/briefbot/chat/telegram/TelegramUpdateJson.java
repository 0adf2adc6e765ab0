package io.briefbot.chat.telegram;

/** Updates as Telegram posts them: the JSON shapes of the Bot API. */
final class TelegramUpdateJson {

    private TelegramUpdateJson() {
    }

    static String privateMessage(int updateId, long chatId, String text) {
        return message(updateId, "{\"id\":" + chatId + ",\"first_name\":\"Ada\",\"type\":\"private\"}", chatId, text);
    }

    static String groupMessage(int updateId, long chatId, String text) {
        return message(updateId, "{\"id\":" + chatId + ",\"title\":\"Harbour desk\",\"type\":\"supergroup\"}", 31337, text);
    }

    /** A message in a forum topic of a supergroup, from user 31337. */
    static String topicMessage(int updateId, long chatId, int threadId, String text) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100_000)
                + ",\"message_thread_id\":" + threadId + ",\"is_topic_message\":true,"
                + "\"from\":{\"id\":31337,\"is_bot\":false,\"first_name\":\"Ada\",\"language_code\":\"en\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"title\":\"Harbour desk\",\"type\":\"supergroup\",\"is_forum\":true},"
                + "\"date\":1764400000,\"text\":" + quoted(text) + "}}";
    }

    /** A group message written as a reply to a message of the bot whose text (entities stripped) was {@code answerText}. */
    static String replyToTheBot(int updateId, long chatId, String text, String answerText) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100_000)
                + ",\"from\":{\"id\":31337,\"is_bot\":false,\"first_name\":\"Ada\",\"language_code\":\"en\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"title\":\"Harbour desk\",\"type\":\"supergroup\"},\"date\":1764400100,"
                + "\"reply_to_message\":{\"message_id\":4711,\"from\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"briefbot\","
                + "\"username\":\"" + TelegramApiStandIn.BOT_USERNAME + "\"},\"chat\":{\"id\":" + chatId + ",\"title\":\"Harbour desk\","
                + "\"type\":\"supergroup\"},\"date\":1764400000,\"text\":" + quoted(answerText) + "},"
                + "\"text\":" + quoted(text) + "}}";
    }

    static String buttonPress(int updateId, long chatId, int messageId, String data) {
        return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cb-" + updateId + "\","
                + "\"from\":{\"id\":31337,\"is_bot\":false,\"first_name\":\"Ada\",\"language_code\":\"en\"},"
                + "\"message\":{\"message_id\":" + messageId + ",\"from\":{\"id\":123456789,\"is_bot\":true,\"first_name\":\"briefbot\","
                + "\"username\":\"" + TelegramApiStandIn.BOT_USERNAME + "\"},"
                + "\"chat\":{\"id\":" + chatId + ",\"title\":\"Harbour desk\",\"type\":\"supergroup\"},\"date\":1764400000,"
                + "\"text\":\"An earlier answer\"},"
                + "\"chat_instance\":\"-7700112233\",\"data\":" + quoted(data) + "}}";
    }

    private static String message(int updateId, String chat, long fromId, String text) {
        String entities = text.startsWith("/")
                ? ",\"entities\":[{\"offset\":0,\"length\":" + text.split(" ")[0].length() + ",\"type\":\"bot_command\"}]"
                : "";
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + (updateId % 100_000)
                + ",\"from\":{\"id\":" + fromId + ",\"is_bot\":false,\"first_name\":\"Ada\",\"language_code\":\"en\"},"
                + "\"chat\":" + chat + ",\"date\":1764400000,\"text\":" + quoted(text) + entities + "}}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
