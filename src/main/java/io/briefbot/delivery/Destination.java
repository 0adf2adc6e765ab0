package io.briefbot.delivery;

/**
 * A chat that receives posts.
 *
 * @param platform lower-case platform name, as its {@link Outlet#platform()} gives it: "slack", "telegram"
 * @param chatId   the platform's chat or channel id
 * @param threadId a Telegram forum topic (message_thread_id) the posts go to; null for the chat itself
 */
public record Destination(String platform, String chatId, String threadId) {
}
