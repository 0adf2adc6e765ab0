package io.briefbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.FloodLimitedBotApi;
import io.briefbot.testing.FloodLimitedTelegram;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The issue's burst: one issue to 500 Telegram chats (private chats and groups) through delivery's fan-out and
 * the real Telegram outlet, against a stand-in that answers every 20th sendMessage with 429 and retry_after.
 * Every chat gets its post exactly once, no chat is called again before its retry_after has passed, and each 429
 * is counted once in briefbot_platform_429_total.
 */
@QuarkusTest
@TestProfile(DeliveryTestProfile.class)
@QuarkusTestResource(value = FloodLimitedTelegram.class, restrictToAnnotatedClass = true)
class FloodedTelegramFanOutTest {

    private static final int CHATS = 500;

    FloodLimitedBotApi telegram;

    @Inject
    IssueIngestor ingestor;

    @Inject
    RunDeliveries deliveries;

    @Inject
    MeterRegistry meters;

    @Test
    void aBurstOfFiveHundredChatsGetsEachPostOnceThroughThe429s() {
        Ledgers.clear();
        LocalDate day = LocalDate.of(2026, 10, 12);
        DeliveryIssues.store(ingestor, FixtureIssues.uniqueTopic("Burst"), day, "as of " + day, DeliveryIssues.piece("Quay cranes", "Ports"));
        IntStream.range(0, CHATS).forEach(i -> Ledgers.subscribe("telegram", Long.toString(i % 5 == 0 ? -1_000_000L - i : 2_000_000L + i),
                "07:30", "Europe/Berlin", Days.DAILY, null));
        double countedBefore = meters.counter("briefbot_platform_429_total", "platform", "telegram").count();

        PassSummary first = deliveries.runAt(Instant.parse("2026-10-12T06:00:00Z"));
        int passes = 1;
        while (!Ledgers.all().stream().allMatch(row -> row.is(Delivery.State.SENT)) && passes < 20) {
            deliveries.runAt(Instant.parse("2026-10-12T06:00:00Z"));
            passes++;
        }

        assertThat(first.queued()).isEqualTo(CHATS);
        assertThat(Ledgers.all()).hasSize(CHATS).allSatisfy(row -> assertThat(row.is(Delivery.State.SENT)).isTrue());
        assertThat(telegram.received()).hasSize(CHATS).allSatisfy((chat, messages) -> assertThat(messages).as(chat).isEqualTo(1));
        assertThat(telegram.rateLimited()).isEqualTo(telegram.calls() / 20).isPositive();
        assertThat(telegram.earlyRetries()).isZero();
        assertThat(meters.counter("briefbot_platform_429_total", "platform", "telegram").count() - countedBefore)
                .as("429s counted").isEqualTo(telegram.rateLimited());
    }
}
