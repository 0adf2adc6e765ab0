package io.briefbot.chat.telegram;

import io.briefbot.chat.WhereCommand;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Telegram on in webhook mode for every chat, with a command that shows the chat context it got. */
public class TelegramDeliveryProfile implements QuarkusTestProfile {

    static final String SECRET = "delivery-secret_token";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "%test.briefbot.telegram.bot-token", TelegramApiStandIn.TOKEN,
                "briefbot.telegram.webhook-url", "https://briefbot.example.org/telegram/webhook",
                "briefbot.telegram.webhook-secret", SECRET,
                "briefbot.telegram.chats", "*",
                "briefbot.telegram.webhook-reply-wait", "10s",
                WhereCommand.ENABLED, "true");
    }
}
