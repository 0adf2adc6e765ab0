package io.briefbot.delivery;

import java.time.Duration;

/** What one platform call to post or edit a message came to. */
public record Posting(Result result, String messageId, Duration retryAfter, String error) {

    public enum Result {
        /** Posted or edited; {@code messageId} names the message. */
        SENT,
        /** Refused for now (429): try again after {@code retryAfter}, and slow down. */
        RETRY_AFTER,
        /** The chat is gone for the bot (removed, deleted, not a member): stop posting to it. */
        GONE,
        /** Anything else (5xx, network, a refusal): try again later, up to a limit. */
        FAILED,
        /** briefbot's own allow-list does not admit the chat: nothing is posted, and this delivery ends. */
        FORBIDDEN
    }

    public static Posting sent(String messageId) {
        return new Posting(Result.SENT, messageId, null, null);
    }

    public static Posting retryAfter(Duration wait, String error) {
        return new Posting(Result.RETRY_AFTER, null, wait, error);
    }

    public static Posting gone(String error) {
        return new Posting(Result.GONE, null, null, error);
    }

    public static Posting failed(String error) {
        return new Posting(Result.FAILED, null, null, error);
    }

    public static Posting forbidden(String reason) {
        return new Posting(Result.FORBIDDEN, null, null, reason);
    }
}
