package io.briefbot.delivery;

/**
 * A chat that now lives under another id, as an outlet learned while posting (a Telegram group upgraded to a
 * supergroup). Fired as a CDI event; whatever is kept under the old id belongs to the new one.
 */
public record ChatMoved(String platform, String fromChatId, String toChatId) {
}
