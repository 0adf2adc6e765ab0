package io.briefbot.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IngestOutcome;
import io.briefbot.ingest.IssueStored;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ArchiveCacheTest {

    final AtomicInteger queries = new AtomicInteger();
    Instant now = Instant.parse("2026-11-27T07:00:00Z");
    final ArchiveCache cache = new ArchiveCache(Duration.ofSeconds(10), new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void answersFromMemoryUntilItExpiresOrAnIssueIsStored() {
        assertThat(latest(Optional.empty())).map(IssueJson::id).contains(1L);
        assertThat(latest(Optional.empty())).map(IssueJson::id).contains(1L);
        assertThat(queries).hasValue(1);

        now = now.plusSeconds(11);
        assertThat(latest(Optional.empty())).map(IssueJson::id).contains(2L);
        assertThat(queries).hasValue(2);

        cache.onStored(new IssueStored(7, IngestOutcome.CREATED));
        assertThat(latest(Optional.empty())).map(IssueJson::id).contains(3L);
    }

    @Test
    void peekingShowsOnlyAFreshValueAndNeverComputesOne() {
        assertThat(cache.<IssueJson>peek("latest:")).isEmpty();
        assertThat(queries).hasValue(0);

        latest(Optional.empty());
        assertThat(cache.<IssueJson>peek("latest:")).map(IssueJson::id).contains(1L);
        assertThat(cache.<IssueJson>peek("latest:china.table")).isEmpty();

        now = now.plusSeconds(11);
        assertThat(cache.<IssueJson>peek("latest:")).isEmpty();

        latest(Optional.empty());
        cache.onStored(new IssueStored(7, IngestOutcome.CREATED));
        assertThat(cache.<IssueJson>peek("latest:")).isEmpty();
        assertThat(queries).hasValue(2);
    }

    @Test
    void keepsOneValuePerKey() {
        latest(Optional.of("china.table"));
        latest(Optional.of("china.table"));
        latest(Optional.empty());
        assertThat(queries).hasValue(2);
    }

    @Test
    void keepsNothingForAKeyThatFoundNothing() {
        for (int i = 0; i < 3; i++) {
            assertThat(cache.get("latest:no such publication " + i, () -> {
                queries.incrementAndGet();
                return Optional.empty();
            })).isEmpty();
        }
        assertThat(cache.get("latest:no such publication 0", Optional::empty)).isEmpty();
        assertThat(cache.size()).isZero();
        assertThat(queries).as("asked each time").hasValue(3);
    }

    @Test
    void keepsAtMostItsBoundAndForgetsTheLeastRecentlyUsedFirst() {
        latest(Optional.of("china.table"));
        for (int i = 0; i < ArchiveCache.MAX_ENTRIES * 3; i++) {
            latest(Optional.of("publication " + i));
            if (i % 100 == 0) {
                latest(Optional.of("china.table"));
            }
            assertThat(cache.size()).isLessThanOrEqualTo(ArchiveCache.MAX_ENTRIES);
        }
        assertThat(cache.<IssueJson>peek("latest:china.table")).as("used all along").isPresent();
        assertThat(cache.<IssueJson>peek("latest:publication 0")).as("least recently used").isEmpty();
        assertThat(cache.<IssueJson>peek("latest:publication " + (ArchiveCache.MAX_ENTRIES * 3 - 1))).isPresent();
    }

    private Optional<IssueJson> latest(Optional<String> publication) {
        return cache.get("latest:" + publication.orElse(""), () -> Optional.of(issue(queries.incrementAndGet())));
    }

    private static IssueJson issue(long id) {
        return new IssueJson(id, "China.Table", LocalDate.of(2026, 11, 27), null, List.of(), null, List.of(), "hash", Instant.EPOCH);
    }
}
