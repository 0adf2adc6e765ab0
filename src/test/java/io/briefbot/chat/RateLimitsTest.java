package io.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T08:00:00Z"));
    private final RateLimits limits = new RateLimits(new RateLimitConfig() {
        @Override
        public int perMinute() {
            return 30;
        }

        @Override
        public int askPerMinute() {
            return 10;
        }
    }, new Clock() {
        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aBurstOfThirtyThenOneEveryTwoSeconds() {
        ChatRequest ada = request(Platform.TELEGRAM, "501");
        for (int i = 0; i < 30; i++) {
            assertThat(limits.admit(ada, "today")).as("command %d", i + 1).isEmpty();
        }
        assertThat(limits.admit(ada, "today")).hasValue(Duration.ofSeconds(2));
        later(Duration.ofMillis(1_500));
        assertThat(limits.admit(ada, "today")).hasValue(Duration.ofMillis(500));
        later(Duration.ofMillis(500));
        assertThat(limits.admit(ada, "today")).isEmpty();
        assertThat(limits.admit(ada, "today")).isPresent();
        later(Duration.ofMinutes(5));
        for (int i = 0; i < 30; i++) {
            assertThat(limits.admit(ada, "tags")).isEmpty();
        }
    }

    @Test
    void aClockSetBackCostsNothing() {
        ChatRequest ada = request(Platform.TELEGRAM, "502");
        assertThat(limits.admit(ada, "today")).isEmpty();
        later(Duration.ofDays(-3));
        for (int i = 0; i < 29; i++) {
            assertThat(limits.admit(ada, "today")).isEmpty();
        }
        assertThat(limits.admit(ada, "today")).hasValue(Duration.ofSeconds(2));
        later(Duration.ofSeconds(2));
        assertThat(limits.admit(ada, "today")).as("refilling from the new time on").isEmpty();
    }

    @Test
    void questionsHaveTheirOwnStricterLimit() {
        ChatRequest ada = request(Platform.SLACK, "U1");
        for (int i = 0; i < 10; i++) {
            assertThat(limits.admit(ada, "ask")).isEmpty();
        }
        assertThat(limits.admit(ada, "ask")).hasValue(Duration.ofSeconds(6));
        assertThat(limits.admit(ada, "today")).as("other commands still go through").isEmpty();
    }

    @Test
    void usersAndPlatformsAreCountedApartAndTheConsoleNotAtAll() {
        ChatRequest ada = request(Platform.SLACK, "U1");
        for (int i = 0; i < 30; i++) {
            limits.admit(ada, "today");
        }
        assertThat(limits.admit(ada, "today")).isPresent();
        assertThat(limits.admit(request(Platform.SLACK, "U2"), "today")).isEmpty();
        assertThat(limits.admit(request(Platform.TELEGRAM, "U1"), "today")).isEmpty();
        ChatRequest console = new ChatRequest(Platform.CONSOLE, null, "console", "local", "/today");
        for (int i = 0; i < 100; i++) {
            assertThat(limits.admit(console, "today")).isEmpty();
        }
    }

    @Test
    void twoHundredThousandUsersStayWithinTheBoundAndALimitedUserStaysLimited() {
        ChatRequest ada = request(Platform.SLACK, "U0ADA");
        for (int i = 0; i < 30; i++) {
            limits.admit(ada, "today");
        }
        assertThat(limits.admit(ada, "today")).isPresent();

        for (int i = 0; i < 200_000; i++) {
            assertThat(limits.admit(request(Platform.SLACK, "U" + i), "today")).isEmpty();
            assertThat(limits.tracked()).as("buckets kept after %d users", i + 1).isLessThanOrEqualTo(RateLimits.MAX_TRACKED);
        }
        assertThat(limits.admit(ada, "today")).as("Ada, still out of commands").hasValue(Duration.ofSeconds(2));

        later(Duration.ofMinutes(1));
        limits.admit(ada, "today");
        assertThat(limits.tracked()).as("a minute later the full buckets are gone; Ada's is not full").isEqualTo(1);
    }

    private void later(Duration duration) {
        now.set(now.get().plus(duration));
    }

    private static ChatRequest request(Platform platform, String user) {
        return new ChatRequest(platform, null, "C1", user, "/today");
    }
}
