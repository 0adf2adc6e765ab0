package io.briefbot.ingest.mailbox;

import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** How reading the mailbox goes, for /q/health/well: a mailbox problem never fails liveness or readiness. */
public final class MailboxState {

    enum State { CONNECTING, CONNECTED, UNREACHABLE, LOGIN_REFUSED }

    private volatile State state = State.CONNECTING;
    private volatile boolean idle;
    private volatile Instant lastRead;
    private volatile Instant lastFailure;
    private volatile String lastError;
    private volatile Instant nextAttempt;

    void connected(boolean idles) {
        idle = idles;
        nextAttempt = null;
        state = State.CONNECTED;
    }

    void read() {
        lastRead = Instant.now();
    }

    void unreachable(String error, Instant retryAt) {
        failed(State.UNREACHABLE, error, retryAt);
    }

    void loginRefused(String error, Instant retryAt) {
        failed(State.LOGIN_REFUSED, error, retryAt);
    }

    /** A look that failed without losing the connection (the database was down). */
    void readFailed(String error) {
        lastFailure = Instant.now();
        lastError = error;
    }

    private void failed(State failure, String error, Instant retryAt) {
        lastFailure = Instant.now();
        lastError = error;
        nextAttempt = retryAt;
        state = failure;
    }

    HealthCheckResponse report(String mailbox) {
        State now = state;
        HealthCheckResponseBuilder report = HealthCheckResponse.named("imap")
                .withData("enabled", true)
                .withData("mailbox", mailbox)
                .withData("state", now.name().toLowerCase(Locale.ROOT));
        if (now == State.CONNECTED) {
            report.withData("waiting", idle ? "idle" : "polling");
        }
        if (lastRead != null) {
            report.withData("lastRead", lastRead.toString());
        }
        if (lastFailure != null) {
            report.withData("lastFailure", lastFailure.toString()).withData("lastError", lastError);
        }
        if (nextAttempt != null && now != State.CONNECTED) {
            report.withData("nextAttempt", nextAttempt.toString());
        }
        return report.status(now == State.CONNECTED || now == State.CONNECTING).build();
    }
}
