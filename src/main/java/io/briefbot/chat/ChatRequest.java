package io.briefbot.chat;

/**
 * A command as a user typed it, wherever they typed it.
 *
 * @param workspace the Slack team id; null elsewhere
 * @param text      the command line without any bot addressing: "/today", "today", "/issue 8 July", "tag cyber"
 * @param threadId  the Telegram forum topic the command was sent in; null elsewhere
 */
public record ChatRequest(Platform platform, String workspace, String chatId, String userId, String text, String threadId) {

    public ChatRequest(Platform platform, String workspace, String chatId, String userId, String text) {
        this(platform, workspace, chatId, userId, text, null);
    }
}
