package io.briefbot.chat.telegram;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * Telegram on in webhook mode with an allow-list naming only some chats, as after an operator took others off it;
 * delivery passes only when a test runs them.
 */
public class TelegramAllowListProfile implements QuarkusTestProfile {

    static final long LISTED_CHAT = 4_100_001;
    static final long LISTED_GROUP = -1_004_100_002L;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "%test.briefbot.telegram.bot-token", TelegramApiStandIn.TOKEN,
                "briefbot.telegram.webhook-url", "https://briefbot.example.org/telegram/webhook",
                "briefbot.telegram.webhook-secret", "allow-list-secret",
                "briefbot.telegram.chats", LISTED_CHAT + "," + LISTED_GROUP,
                "briefbot.delivery.enabled", "false");
    }
}
