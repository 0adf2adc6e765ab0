package io.briefbot.delivery;

import java.time.Duration;

/**
 * How fast a platform accepts posts from one bot.
 *
 * @param messagesPerSecond all chats together
 * @param perChatGap        the least time between two messages to one chat
 */
public record Pace(double messagesPerSecond, Duration perChatGap) {
}
