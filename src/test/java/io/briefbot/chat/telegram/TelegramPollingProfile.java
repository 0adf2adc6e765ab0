package io.briefbot.chat.telegram;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Telegram on without a webhook: briefbot polls. */
public class TelegramPollingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // application.properties keeps Telegram off under %test; only a %test key overrides that.
                "%test.briefbot.telegram.bot-token", TelegramApiStandIn.TOKEN,
                "briefbot.telegram.chats", Long.toString(TelegramApiStandIn.POLLING_CHAT),
                "briefbot.telegram.poll-timeout", "1s");
    }
}
