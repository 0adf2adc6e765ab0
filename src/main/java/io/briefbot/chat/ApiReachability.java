package io.briefbot.chat;

import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether a platform's API answers briefbot, from the calls briefbot makes anyway. A refusal (a chat not found,
 * a 429) is an answer; a network error or a 5xx is not; a refused token is a problem of ours. Reported as a
 * wellness check: a platform outage shows in /q/health but never fails liveness or readiness.
 */
public final class ApiReachability {

    enum State { NOT_CALLED_YET, ANSWERING, UNREACHABLE, TOKEN_REFUSED }

    private volatile State state = State.NOT_CALLED_YET;
    private volatile Instant lastAnswer;
    private volatile Instant lastFailure;
    private volatile String lastError;

    public void answered() {
        lastAnswer = Instant.now();
        state = State.ANSWERING;
    }

    public void unreachable(String error) {
        failed(State.UNREACHABLE, error);
    }

    public void tokenRefused(String error) {
        failed(State.TOKEN_REFUSED, error);
    }

    private void failed(State failure, String error) {
        lastFailure = Instant.now();
        lastError = error;
        state = failure;
    }

    public HealthCheckResponse report(String platform, boolean enabled) {
        HealthCheckResponseBuilder report = HealthCheckResponse.named(platform).withData("enabled", enabled);
        if (!enabled) {
            return report.up().build();
        }
        State now = state;
        report.withData("state", now.name().toLowerCase(Locale.ROOT));
        if (lastAnswer != null) {
            report.withData("lastAnswer", lastAnswer.toString());
        }
        if (lastFailure != null) {
            report.withData("lastFailure", lastFailure.toString()).withData("lastError", lastError);
        }
        return report.status(now == State.ANSWERING || now == State.NOT_CALLED_YET).build();
    }
}
