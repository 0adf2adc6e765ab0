package io.briefbot.chat.telegram;

import com.pengrad.telegrambot.model.LinkPreviewOptions;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.request.EditMessageText;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.response.SendResponse;
import io.briefbot.format.Action;
import io.briefbot.format.Picture;
import io.briefbot.format.telegram.TelegramMessage;
import java.util.List;

/** Rendered messages as Bot API calls: HTML parse mode, no link previews, buttons carrying their command. */
public final class TelegramRequests {

    private static final String PNG = "image/png";

    private TelegramRequests() {
    }

    /** @param threadId the forum topic to post in; null outside topics */
    public static SendMessage send(long chatId, Long threadId, TelegramMessage message) {
        SendMessage send = new SendMessage(chatId, message.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(new LinkPreviewOptions().isDisabled(true));
        if (threadId != null) {
            send.messageThreadId(threadId);
        }
        if (!message.keyboard().isEmpty()) {
            send.replyMarkup(keyboard(message.keyboard()));
        }
        return send;
    }

    /** A text message as {@link #send} makes it, or a picture with its caption, uploaded as multipart/form-data. */
    public static BaseRequest<?, SendResponse> post(long chatId, Long threadId, TelegramMessage message) {
        Picture picture = message.picture();
        if (picture == null) {
            return send(chatId, threadId, message);
        }
        SendPhoto photo = new SendPhoto(chatId, picture.png()).fileName(picture.fileName()).contentType(PNG)
                .caption(message.html()).parseMode(ParseMode.HTML);
        if (threadId != null) {
            photo.messageThreadId(threadId);
        }
        if (!message.keyboard().isEmpty()) {
            photo.replyMarkup(keyboard(message.keyboard()));
        }
        return photo;
    }

    /** Replaces a message's text and buttons; no buttons in the message removes the old ones. */
    public static EditMessageText edit(long chatId, int messageId, TelegramMessage message) {
        EditMessageText edit = new EditMessageText(chatId, messageId, message.html())
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(new LinkPreviewOptions().isDisabled(true));
        if (!message.keyboard().isEmpty()) {
            edit.replyMarkup(keyboard(message.keyboard()));
        }
        return edit;
    }

    private static InlineKeyboardMarkup keyboard(List<List<Action>> rows) {
        InlineKeyboardMarkup markup = new InlineKeyboardMarkup();
        for (List<Action> row : rows) {
            markup.addRow(row.stream()
                    .map(action -> new InlineKeyboardButton(action.label()).callbackData(action.command()))
                    .toArray(InlineKeyboardButton[]::new));
        }
        return markup;
    }
}
