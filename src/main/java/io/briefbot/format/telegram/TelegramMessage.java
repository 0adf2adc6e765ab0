package io.briefbot.format.telegram;

import io.briefbot.format.Action;
import java.util.List;

/** One Telegram message: HTML parse mode text and an inline keyboard (rows of buttons). */
public record TelegramMessage(String html, List<List<Action>> keyboard) {
}
