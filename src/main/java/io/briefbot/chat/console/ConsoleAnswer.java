package io.briefbot.chat.console;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.briefbot.format.Picture;
import io.briefbot.format.telegram.TelegramMessage;
import java.util.List;

/** One reply as both platforms would show it. */
public record ConsoleAnswer(List<TelegramMessage> telegram, List<SlackJson> slack) {

    /**
     * @param blocks  Block Kit JSON exactly as sent to Slack (snake_case)
     * @param picture the file uploaded instead of blocks, or null
     */
    public record SlackJson(String text, @JsonRawValue String blocks, Picture picture) {
    }
}
