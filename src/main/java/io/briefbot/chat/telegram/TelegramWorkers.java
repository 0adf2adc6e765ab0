package io.briefbot.chat.telegram;

import io.briefbot.common.Workers;
import jakarta.enterprise.context.ApplicationScoped;

/** Telegram's workers: updates are answered and the Bot API called here, never on an HTTP thread. */
@ApplicationScoped
public class TelegramWorkers extends Workers {

    public TelegramWorkers() {
        super("telegram-worker");
    }
}
