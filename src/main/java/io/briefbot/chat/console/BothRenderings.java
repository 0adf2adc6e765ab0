package io.briefbot.chat.console;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import io.briefbot.format.Reply;
import io.briefbot.format.slack.SlackRenderer;
import io.briefbot.format.telegram.TelegramRenderer;
import jakarta.inject.Singleton;

/** A reply rendered for Telegram and for Slack, side by side. */
@Singleton
class BothRenderings {

    private static final Gson SLACK_JSON = GsonFactory.createSnakeCase();

    private final TelegramRenderer telegram;
    private final SlackRenderer slack;

    BothRenderings(TelegramRenderer telegram, SlackRenderer slack) {
        this.telegram = telegram;
        this.slack = slack;
    }

    ConsoleAnswer of(Reply reply) {
        return new ConsoleAnswer(telegram.render(reply), slack.render(reply).stream()
                .map(message -> new ConsoleAnswer.SlackJson(message.text(), SLACK_JSON.toJson(message.blocks()), message.picture()))
                .toList());
    }
}
