package io.briefbot.chat.console;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.briefbot.format.telegram.TelegramMessage;
import java.util.List;

/** One reply as both platforms would show it. */
public record ConsoleAnswer(List<TelegramMessage> telegram, List<SlackJson> slack) {

    /** @param blocks Block Kit JSON exactly as sent to Slack (snake_case) */
    public record SlackJson(String text, @JsonRawValue String blocks) {
    }
}
