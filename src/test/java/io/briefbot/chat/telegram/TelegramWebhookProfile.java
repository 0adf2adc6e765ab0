package io.briefbot.chat.telegram;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Telegram on in webhook mode, with a few allowed chats. */
public class TelegramWebhookProfile implements QuarkusTestProfile {

    static final String SECRET = "s3cret-token_for-the-tests";
    static final long BRIEFING_GROUP = -1001000000001L;
    static final long RATE_LIMITED_GROUP = -1001000000002L;
    static final long BUTTON_GROUP = -1001000000003L;
    static final long UNLISTED_GROUP = -1009999999999L;
    static final long PRIVATE_CHAT = 4242;
    static final long OTHER_PRIVATE_CHAT = 4343;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // application.properties keeps Telegram off under %test; only a %test key overrides that.
                "%test.briefbot.telegram.bot-token", TelegramApiStandIn.TOKEN,
                "briefbot.telegram.webhook-url", "https://briefbot.example.org/telegram/webhook",
                "briefbot.telegram.webhook-secret", SECRET,
                "briefbot.telegram.chats", String.join(",", Long.toString(BRIEFING_GROUP), Long.toString(RATE_LIMITED_GROUP),
                        Long.toString(BUTTON_GROUP), Long.toString(PRIVATE_CHAT), Long.toString(OTHER_PRIVATE_CHAT)),
                // The first command also warms up the database; answers should still travel in the response.
                "briefbot.telegram.webhook-reply-wait", "10s",
                // /today kept in memory as in production (tests store their issue afresh, which empties the cache).
                "%test.briefbot.briefing.latest-cache-ttl", "1h");
    }
}
