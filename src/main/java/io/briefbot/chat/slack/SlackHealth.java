package io.briefbot.chat.slack;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.Wellness;

/** Whether Slack's Web API answers; in /q/health and /q/health/well, never in liveness or readiness. */
@Wellness
@ApplicationScoped
public class SlackHealth implements HealthCheck {

    private final SlackSettings settings;
    private final SlackSender sender;

    public SlackHealth(SlackSettings settings, SlackSender sender) {
        this.settings = settings;
        this.sender = sender;
    }

    @Override
    public HealthCheckResponse call() {
        return sender.reachability().report("slack", settings.enabled());
    }
}
