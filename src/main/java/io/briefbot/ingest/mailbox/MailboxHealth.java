package io.briefbot.ingest.mailbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/** Whether the mailbox can be read; in /q/health and /q/health/well, never in liveness or readiness. */
@Wellness
@ApplicationScoped
public class MailboxHealth implements HealthCheck {

    private final MailboxStartup startup;

    public MailboxHealth(MailboxStartup startup) {
        this.startup = startup;
    }

    @Override
    public HealthCheckResponse call() {
        return startup.watcher()
                .map(watcher -> watcher.state().report(watcher.settings().toString()))
                .orElseGet(() -> HealthCheckResponse.named("imap").withData("enabled", false).up().build());
    }
}
