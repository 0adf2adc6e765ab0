package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.model.Message;
import java.util.Optional;

/**
 * The question of an answer the bot sent, read back from the message someone replied to: an answer's first line is
 * "❓ " and the question. Nothing is kept between messages, so every replica understands every reply.
 */
final class AnswerText {

    static final String MARK = "❓ ";

    private AnswerText() {
    }

    /** @param botUsername this bot's, once known: another bot's message is not an answer of this one */
    static Optional<String> question(Message repliedTo, Optional<String> botUsername) {
        if (repliedTo == null || repliedTo.text() == null || repliedTo.from() == null || !Boolean.TRUE.equals(repliedTo.from().isBot())) {
            return Optional.empty();
        }
        if (botUsername.isPresent() && !botUsername.get().equalsIgnoreCase(repliedTo.from().username())) {
            return Optional.empty();
        }
        String text = repliedTo.text();
        if (!text.startsWith(MARK)) {
            return Optional.empty();
        }
        int end = text.indexOf('\n');
        String question = (end < 0 ? text.substring(MARK.length()) : text.substring(MARK.length(), end)).strip();
        return question.isEmpty() ? Optional.empty() : Optional.of(question);
    }
}
