package io.briefbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PacerTest {

    static final Instant T0 = Instant.parse("2026-10-12T06:00:00Z");
    static final Destination A = new Destination("telegram", "-1001", null);
    static final Destination B = new Destination("telegram", "-1002", null);
    static final Destination C = new Destination("telegram", "-1003", null);

    @Test
    void keepsTheGlobalRateAcrossChats() {
        Pacer pacer = new Pacer(Clock.fixed(T0, ZoneOffset.UTC));
        Pace pace = new Pace(30, Duration.ofSeconds(1));

        assertThat(pacer.tryAcquire(A, pace, T0)).isZero();
        Duration wait = pacer.tryAcquire(B, pace, T0);
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(34));
        assertThat(pacer.tryAcquire(B, pace, T0.plus(wait))).isZero();
        assertThat(pacer.tryAcquire(C, pace, T0.plus(wait))).isPositive();
    }

    @Test
    void keepsTheGapBetweenTwoMessagesToOneChat() {
        Pacer pacer = new Pacer(Clock.fixed(T0, ZoneOffset.UTC));
        Pace pace = new Pace(1000, Duration.ofSeconds(3));

        assertThat(pacer.tryAcquire(A, pace, T0)).isZero();
        assertThat(pacer.tryAcquire(A, pace, T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(2));
        assertThat(pacer.tryAcquire(B, pace, T0.plusSeconds(1))).isZero();
        assertThat(pacer.tryAcquire(A, pace, T0.plusSeconds(3))).isZero();
    }

    @Test
    void aRetryAfterHoldsTheChatAndThePlatform() {
        Pacer pacer = new Pacer(Clock.fixed(T0, ZoneOffset.UTC));
        Pace pace = new Pace(1000, Duration.ZERO);

        pacer.pause(A, Duration.ofSeconds(5));

        assertThat(pacer.tryAcquire(A, pace, T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(4));
        assertThat(pacer.tryAcquire(B, pace, T0.plusSeconds(1))).isEqualTo(Duration.ofSeconds(4));
        assertThat(pacer.tryAcquire(B, pace, T0.plusSeconds(5))).isZero();
    }

    @Test
    void aSecondAtThirtyASecondTakesThirtyMessages() {
        Pacer pacer = new Pacer(Clock.fixed(T0, ZoneOffset.UTC));
        Pace pace = new Pace(30, Duration.ofSeconds(1));
        Instant now = T0;
        int sent = 0;
        for (int chat = 0; now.isBefore(T0.plusSeconds(1)); chat++) {
            Destination to = new Destination("telegram", "chat-" + chat, null);
            Duration wait;
            while (!(wait = pacer.tryAcquire(to, pace, now)).isZero()) {
                now = now.plus(wait);
            }
            if (now.isBefore(T0.plusSeconds(1))) {
                sent++;
            }
        }
        assertThat(sent).isEqualTo(30);
    }
}
