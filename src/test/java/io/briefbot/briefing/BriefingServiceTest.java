package io.briefbot.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BriefingServiceTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Inject
    IssueIngestor ingestor;

    @Inject
    BriefingService briefings;

    @BeforeEach
    void archive() {
        Archive.clear();
        store("api/harbour-issue.txt", MONDAY, null);
        store("api/harbour-issue-corrected.txt", MONDAY.plusDays(3), null);
        // a trailing blank line makes it other content with the same structure
        store(withTrailingBlankLine(Fixtures.resource("api/harbour-issue.txt")), MONDAY.plusDays(1), "Harbour.Table");
    }

    @Test
    void latestIsNewestOverallOrOfOnePublication() {
        assertThat(briefings.latest(Optional.empty())).map(IssueJson::date).contains(MONDAY.plusDays(3));
        assertThat(briefings.latest(Optional.of("harbour.table"))).map(IssueJson::date).contains(MONDAY.plusDays(1));
        assertThat(briefings.latest(Optional.of("Unknown.Table"))).isEmpty();
    }

    @Test
    void issuesOnADayAndTheNearestWhenThereIsNone() {
        assertThat(briefings.on(MONDAY)).extracting(IssueJson::publication).containsExactly("China.Table");
        assertThat(briefings.on(MONDAY.plusDays(2))).isEmpty();

        NearestIssues nearest = briefings.nearest(MONDAY.plusDays(2));
        assertThat(nearest.before()).map(IssueJson::date).contains(MONDAY.plusDays(1));
        assertThat(nearest.after()).map(IssueJson::date).contains(MONDAY.plusDays(3));
        assertThat(briefings.nearest(MONDAY.minusDays(1)).before()).isEmpty();
    }

    @Test
    void tagPagesAreNewestFirstAndSayWhetherMoreFollow() {
        ArticlePage first = briefings.byTag("Cybersecurity", 0, 2);
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(ArticleHit::date).containsExactly(MONDAY.plusDays(3), MONDAY.plusDays(1));
        assertThat(first.hasMore()).isTrue();
        ArticlePage second = briefings.byTag("cybersecurity", 1, 2);
        assertThat(second.items()).extracting(ArticleHit::date).containsExactly(MONDAY);
        assertThat(second.hasMore()).isFalse();
    }

    @Test
    void tagCountsCoverOnlyThePeriod() {
        assertThat(briefings.tagCounts(MONDAY, MONDAY.plusDays(1), 10))
                .contains(new TagCount("Cyber", 2), new TagCount("Ports", 2));
        assertThat(briefings.tagCounts(MONDAY.plusDays(10), MONDAY.plusDays(20), 10)).isEmpty();
    }

    private void store(String fixture, LocalDate date, String publication) {
        store(Fixtures.resource(fixture), date, publication);
    }

    private void store(byte[] issue, LocalDate date, String publication) {
        ingestor.ingest(new IngestRequest(issue, "text/plain", publication, date, IngestSource.API));
    }

    private static byte[] withTrailingBlankLine(byte[] issue) {
        byte[] longer = Arrays.copyOf(issue, issue.length + 1);
        longer[issue.length] = '\n';
        return longer;
    }
}
