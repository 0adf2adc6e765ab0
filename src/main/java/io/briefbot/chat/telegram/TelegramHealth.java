package io.briefbot.chat.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.Wellness;

/** Whether the Telegram Bot API answers; in /q/health and /q/health/well, never in liveness or readiness. */
@Wellness
@ApplicationScoped
public class TelegramHealth implements HealthCheck {

    private final TelegramConfig config;
    private final TelegramSender sender;

    public TelegramHealth(TelegramConfig config, TelegramSender sender) {
        this.config = config;
        this.sender = sender;
    }

    @Override
    public HealthCheckResponse call() {
        return sender.reachability().report("telegram", TelegramMode.of(config) != TelegramMode.OFF);
    }
}
