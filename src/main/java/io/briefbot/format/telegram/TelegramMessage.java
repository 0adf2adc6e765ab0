package io.briefbot.format.telegram;

import io.briefbot.format.Action;
import io.briefbot.format.Picture;
import java.util.List;

/**
 * One Telegram message: HTML parse mode text and an inline keyboard (rows of buttons); with a picture, the text is
 * the picture's caption.
 *
 * @param picture null for a text message
 */
public record TelegramMessage(String html, List<List<Action>> keyboard, Picture picture) {

    public TelegramMessage(String html, List<List<Action>> keyboard) {
        this(html, keyboard, null);
    }
}
