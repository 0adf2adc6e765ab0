package io.briefbot.common;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How an outbound call (Slack, Telegram, a feed, the language model) is tried again: after a rate limit, once the
 * wait the server asks for is over, up to {@code maxRateLimitedAttempts}; after a transient failure (5xx, I/O), after
 * the {@code backoff}, up to {@code maxTransientAttempts}; never after a refusal. Waits block the calling thread
 * (platform calls run on {@link Workers}) and end, keeping the interrupt, when the thread is told to stop; the
 * last answer is then the caller's.
 */
public record RetryPolicy(int maxRateLimitedAttempts, int maxTransientAttempts, Backoff backoff) {

    /** Slack's and Telegram's methods: a 429 at most five times, a 5xx or I/O failure four times, 0.5 s doubling. */
    public static final RetryPolicy PLATFORM = new RetryPolicy(5, 4, new Backoff(Duration.ofMillis(500), Duration.ofSeconds(4)));

    /** The wait after a rate limit that names none. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(1);

    /** Makes {@code call} until its {@code verdict} is final or the attempts are used up, and gives its last answer. */
    public <T> T call(Supplier<T> call, Function<? super T, Verdict> verdict) {
        int rateLimitedAttempts = 0;
        int transientAttempts = 0;
        while (true) {
            T answer = call.get();
            Verdict judged = verdict.apply(answer);
            boolean again = switch (judged.kind()) {
                case FINAL -> false;
                case RATE_LIMITED -> ++rateLimitedAttempts < maxRateLimitedAttempts && Pause.of(judged.retryAfter());
                case TRANSIENT -> ++transientAttempts < maxTransientAttempts && Pause.of(backoff.after(transientAttempts));
            };
            if (!again) {
                return answer;
            }
        }
    }

    /** The same for a call that fails by throwing {@code failures}: the last failure is thrown. */
    public <T, E extends Exception> T call(Attempt<T, E> call, Class<E> failures, Function<? super E, Verdict> verdict) throws E {
        Result<T, E> result = call(() -> Result.of(call, failures), tried -> tried.failure() == null ? Verdict.FINAL : verdict.apply(tried.failure()));
        if (result.failure() != null) {
            throw result.failure();
        }
        return result.value();
    }

    /** A Retry-After header's wait: its seconds, at least one and at most a minute; a second when it names none. */
    public static Duration retryAfter(String seconds) {
        try {
            Duration wait = Duration.ofSeconds(Math.max(1, Long.parseLong(seconds.strip())));
            return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
        } catch (RuntimeException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }

    /** Whether, and after what, a call's answer is worth another attempt. */
    public record Verdict(Kind kind, Duration retryAfter) {

        /** Done, or refused as it stands: another attempt will not help. */
        public static final Verdict FINAL = new Verdict(Kind.FINAL, null);
        public static final Verdict TRANSIENT = new Verdict(Kind.TRANSIENT, null);

        public enum Kind { FINAL, RATE_LIMITED, TRANSIENT }

        public static Verdict rateLimited(Duration retryAfter) {
            return new Verdict(Kind.RATE_LIMITED, retryAfter);
        }
    }

    @FunctionalInterface
    public interface Attempt<T, E extends Exception> {
        T run() throws E;
    }

    private record Result<T, E extends Exception>(T value, E failure) {

        static <T, E extends Exception> Result<T, E> of(Attempt<T, E> call, Class<E> failures) {
            try {
                return new Result<>(call.run(), null);
            } catch (Exception e) {
                if (failures.isInstance(e)) {
                    return new Result<>(null, failures.cast(e));
                }
                // only unchecked exceptions get here: the attempt declares no other checked one
                throw (RuntimeException) e;
            }
        }
    }
}
