package io.briefbot.chat.telegram;

/** How updates reach briefbot, following from the configuration. */
enum TelegramMode {
    OFF, WEBHOOK, POLLING;

    static TelegramMode of(TelegramConfig config) {
        if (config.botToken().isEmpty()) {
            return OFF;
        }
        if (config.webhookUrl().isEmpty()) {
            return POLLING;
        }
        // Without a secret anyone could post updates to the webhook.
        return config.webhookSecret().isPresent() ? WEBHOOK : OFF;
    }
}
