package io.briefbot.chat.telegram;

import io.briefbot.chat.SettableClock;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** Telegram in webhook mode for every chat, on a clock the test sets, with one admin; delivery passes only when a test runs them. */
public class TelegramDigestProfile implements QuarkusTestProfile {

    static final String MANAGER = "5550001";

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SettableClock.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "%test.briefbot.telegram.bot-token", TelegramApiStandIn.TOKEN,
                "briefbot.telegram.webhook-url", "https://briefbot.example.org/telegram/webhook",
                "briefbot.telegram.webhook-secret", "digest-secret",
                "briefbot.telegram.chats", "*",
                "briefbot.telegram.admins", MANAGER,
                "briefbot.time-zone", "Europe/Berlin",
                "briefbot.delivery.enabled", "false");
    }
}
