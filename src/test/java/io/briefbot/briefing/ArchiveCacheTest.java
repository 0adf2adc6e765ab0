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
        assertThat(cache.<Optional<IssueJson>>peek("latest:")).isEmpty();
        assertThat(queries).hasValue(0);

        latest(Optional.empty());
        assertThat(cache.<Optional<IssueJson>>peek("latest:")).map(Optional::get).map(IssueJson::id).contains(1L);
        assertThat(cache.<Optional<IssueJson>>peek("latest:china.table")).isEmpty();

        now = now.plusSeconds(11);
        assertThat(cache.<Optional<IssueJson>>peek("latest:")).isEmpty();

        latest(Optional.empty());
        cache.onStored(new IssueStored(7, IngestOutcome.CREATED));
        assertThat(cache.<Optional<IssueJson>>peek("latest:")).isEmpty();
        assertThat(queries).hasValue(2);
    }

    @Test
    void keepsOneValuePerKey() {
        latest(Optional.of("china.table"));
        latest(Optional.of("china.table"));
        latest(Optional.empty());
        assertThat(queries).hasValue(2);
    }

    private Optional<IssueJson> latest(Optional<String> publication) {
        return cache.get("latest:" + publication.orElse(""), () -> Optional.of(issue(queries.incrementAndGet())));
    }

    private static IssueJson issue(long id) {
        return new IssueJson(id, "China.Table", LocalDate.of(2026, 11, 27), null, List.of(), null, List.of(), "hash", Instant.EPOCH);
    }
}
