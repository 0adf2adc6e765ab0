package io.briefbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.AdjustableClock;
import io.briefbot.testing.FixtureIssues;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A runner held up past its lease (a slow platform, pacing, a busy machine) never posts the rows it claimed that
 * another runner has taken over meanwhile: it renews the lease before every platform call. One worker, so that
 * the runner holds the whole batch.
 */
@QuarkusTest
@TestProfile(LeaseTakeOverTest.OneWorker.class)
class LeaseTakeOverTest {

    public static class OneWorker extends DeliveryTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("briefbot.delivery.workers", "1");
            return overrides;
        }
    }

    @Inject
    IssueIngestor ingestor;

    @Inject
    QueueDailyPosts dailyPosts;

    @Inject
    FanOut fanOut;

    @Inject
    Ledger ledger;

    @Inject
    RecordingOutlet outlet;

    @Inject
    AdjustableClock clock;

    @AfterEach
    void reset() {
        outlet.reset();
        clock.reset();
        Ledgers.clear();
    }

    @Test
    void rowsTakenOverWhileTheirRunnerWasHeldUpAreNotPostedByIt() {
        Ledgers.clear();
        LocalDate monday = LocalDate.of(2026, 10, 12);
        DeliveryIssues.store(ingestor, FixtureIssues.uniqueTopic("Lease"), monday, "as of " + monday,
                DeliveryIssues.piece("Crane data rules", "Ports"));
        Ledgers.subscribe("held-up-first", "07:30", DeliveryPassTest.BERLIN, Days.DAILY, null);
        Ledgers.subscribe("held-up-second", "07:30", DeliveryPassTest.BERLIN, Days.DAILY, null);
        dailyPosts.queue(Instant.parse("2026-10-12T06:00:00Z"));
        AtomicBoolean heldUp = new AtomicBoolean();
        // the first post takes longer than the lease; meanwhile another runner takes over both rows
        outlet.beforeEachCall(to -> {
            if (heldUp.compareAndSet(false, true)) {
                clock.advance(Duration.ofSeconds(31));
                assertThat(ledger.claim("other", Set.of(RecordingOutlet.PLATFORM), 10)).hasSize(2);
            }
        });

        fanOut.drain("slow", Duration.ZERO);

        assertThat(outlet.posts()).as("only the post that was in flight when the lease ran out").hasSize(1);
        assertThat(Ledgers.all()).hasSize(2).allSatisfy(row -> assertThat(row.claimedBy).isEqualTo("other"));
    }
}
