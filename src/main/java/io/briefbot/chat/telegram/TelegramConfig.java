package io.briefbot.chat.telegram;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "briefbot.telegram")
public interface TelegramConfig {

    /** TELEGRAM_BOT_TOKEN; when absent, Telegram is off and nothing of it starts. */
    Optional<String> botToken();

    /** TELEGRAM_API_URL: the Bot API's base address, without "/bot". */
    @WithDefault("https://api.telegram.org")
    String apiUrl();

    /** TELEGRAM_WEBHOOK_URL: when set, Telegram posts updates there; otherwise briefbot polls for them. */
    Optional<String> webhookUrl();

    /** TELEGRAM_WEBHOOK_SECRET: required in webhook mode; Telegram sends it with every update. */
    Optional<String> webhookSecret();

    /** BRIEFBOT_TELEGRAM_CHATS: the chat ids that may use the bot; "*" allows every chat. */
    Optional<Set<String>> chats();

    /** BRIEFBOT_ADMINS: platform user ids of administrators. */
    Optional<Set<String>> admins();

    /** How long one getUpdates call waits for updates in polling mode. */
    @WithDefault("25s")
    Duration pollTimeout();

    /** How long a webhook request waits for a reply it can carry in its own response body. */
    @WithDefault("2s")
    Duration webhookReplyWait();
}
