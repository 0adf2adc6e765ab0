package io.briefbot.ingest.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.ingest.feed.Feeds.Item;
import io.briefbot.testing.AdjustableClock;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.StoredIssues;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(FeedTestProfile.class)
@QuarkusTestResource(value = WireMockFeeds.class, restrictToAnnotatedClass = true)
class PullFeedsTest {

    private static final Duration FEED_INTERVAL = Duration.ofMinutes(15);

    WireMockServer server;

    @Inject
    PullFeeds pullFeeds;

    @Inject
    AdjustableClock clock;

    @Inject
    MeterRegistry meters;

    private final Instant published = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));

    @BeforeEach
    void emptyFeeds() {
        clock.reset();
        QuarkusTransaction.requiringNew().run(() -> {
            FeedEntry.deleteAll();
            Feed.deleteAll();
        });
        server.resetAll();
        for (String path : List.of(WireMockFeeds.RSS, WireMockFeeds.ATOM, WireMockFeeds.FLAKY)) {
            serve(path, "application/rss+xml", Feeds.rss("Empty", List.of()));
        }
        serve(WireMockFeeds.JSON, "application/feed+json", Feeds.jsonFeed("Empty", List.of()));
    }

    @Test
    void rssEntriesWithInlineContentAreIngested() {
        String first = FixtureIssues.uniqueTitle("RSS first");
        String second = FixtureIssues.uniqueTitle("RSS second");
        serve(WireMockFeeds.RSS, "application/rss+xml", Feeds.rss("Lindau Port Briefing", List.of(
                inline("rss-1", first, 0), inline("rss-2", second, 1))));

        pullFeeds.pullDue();

        assertThat(StoredIssues.withArticleTitled(first)).isEqualTo(1);
        assertThat(StoredIssues.withArticleTitled(second)).isEqualTo(1);
        assertThat(entries(WireMockFeeds.RSS, FeedEntry.Status.INGESTED)).isEqualTo(2);
        server.verify(0, getRequestedFor(urlEqualTo("/pages/rss-1.html")));
    }

    @Test
    void atomEntriesAreIngestedFromTheirLinkedPages() {
        String title = FixtureIssues.uniqueTitle("Atom page");
        serve("/pages/atom-1.html", "text/html", FixtureIssues.html(FixtureIssues.uniqueTopic("Atom"), title));
        serve(WireMockFeeds.ATOM, "application/atom+xml", Feeds.atom("Atom Briefing", List.of(
                new Item("urn:test:atom-1", server.baseUrl() + "/pages/atom-1.html", published, null))));

        pullFeeds.pullDue();

        assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
        assertThat(entries(WireMockFeeds.ATOM, FeedEntry.Status.INGESTED)).isEqualTo(1);
        server.verify(1, getRequestedFor(urlEqualTo("/pages/atom-1.html")));
    }

    @Test
    void jsonFeedEntriesAreIngested() {
        String title = FixtureIssues.uniqueTitle("JSON Feed");
        serve(WireMockFeeds.JSON, "application/feed+json", Feeds.jsonFeed("JSON Briefing", List.of(inline("json-1", title, 0))));

        pullFeeds.pullDue();

        assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
        assertThat(entries(WireMockFeeds.JSON, FeedEntry.Status.INGESTED)).isEqualTo(1);
    }

    @Test
    void anUnchangedFeedIsAnsweredWithNotModifiedAndNothingIsStored() {
        String title = FixtureIssues.uniqueTitle("Conditional");
        server.stubFor(get(WireMockFeeds.RSS).withHeader("If-None-Match", absent()).willReturn(aResponse()
                .withHeader("Content-Type", "application/rss+xml").withHeader("ETag", "\"v1\"")
                .withBody(Feeds.rss("Conditional Briefing", List.of(inline("cond-1", title, 0))))));
        server.stubFor(get(WireMockFeeds.RSS).withHeader("If-None-Match", equalTo("\"v1\"")).willReturn(aResponse().withStatus(304)));

        pullFeeds.pullDue();
        clock.advance(FEED_INTERVAL);
        pullFeeds.pullDue();

        server.verify(1, getRequestedFor(urlEqualTo(WireMockFeeds.RSS)).withHeader("If-None-Match", absent()));
        server.verify(1, getRequestedFor(urlEqualTo(WireMockFeeds.RSS)).withHeader("If-None-Match", equalTo("\"v1\"")));
        assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
        assertThat(entries(WireMockFeeds.RSS, null)).isEqualTo(1);
        assertThat(feed(WireMockFeeds.RSS).consecutiveFailures).isZero();
    }

    @Test
    void aNewEntryOnALaterPullIsIngestedOnce() {
        String old = FixtureIssues.uniqueTitle("Old entry");
        String fresh = FixtureIssues.uniqueTitle("New entry");
        serve(WireMockFeeds.JSON, "application/feed+json", Feeds.jsonFeed("JSON Briefing", List.of(inline("later-1", old, 0))));
        pullFeeds.pullDue();

        serve(WireMockFeeds.JSON, "application/feed+json", Feeds.jsonFeed("JSON Briefing", List.of(
                inline("later-2", fresh, 1), inline("later-1", old, 0))));
        clock.advance(FEED_INTERVAL);
        pullFeeds.pullDue();
        clock.advance(FEED_INTERVAL);
        pullFeeds.pullDue();

        assertThat(StoredIssues.withArticleTitled(old)).isEqualTo(1);
        assertThat(StoredIssues.withArticleTitled(fresh)).isEqualTo(1);
        assertThat(entries(WireMockFeeds.JSON, FeedEntry.Status.INGESTED)).isEqualTo(2);
        server.verify(3, getRequestedFor(urlEqualTo(WireMockFeeds.JSON)));
    }

    @Test
    void aFailingFeedIsBackedOffWithoutStoppingTheOthersAndRecovers() {
        String working = FixtureIssues.uniqueTitle("Working feed");
        String recovered = FixtureIssues.uniqueTitle("Recovered feed");
        serve(WireMockFeeds.RSS, "application/rss+xml", Feeds.rss("Working Briefing", List.of(inline("ok-1", working, 0))));
        server.stubFor(get(WireMockFeeds.FLAKY).willReturn(aResponse().withStatus(500)));
        String flakyUrl = server.baseUrl() + WireMockFeeds.FLAKY;
        double failuresBefore = failureCount(flakyUrl);

        pullFeeds.pullDue();

        assertThat(StoredIssues.withArticleTitled(working)).isEqualTo(1);
        Feed failing = feed(WireMockFeeds.FLAKY);
        assertThat(failing.consecutiveFailures).isEqualTo(1);
        assertThat(failing.lastError).contains("HTTP 500");
        assertThat(failing.lastErrorAt).isNotNull();
        assertThat(failing.nextAttemptAt).isAfter(clock.instant().plus(Duration.ofSeconds(50)));
        assertThat(failureCount(flakyUrl)).isEqualTo(failuresBefore + 1);
        server.verify(2, getRequestedFor(urlEqualTo(WireMockFeeds.FLAKY))); // the first try and one retry

        clock.advance(Duration.ofSeconds(30));
        pullFeeds.pullDue();
        server.verify(2, getRequestedFor(urlEqualTo(WireMockFeeds.FLAKY)));

        clock.advance(Duration.ofSeconds(31));
        pullFeeds.pullDue();
        failing = feed(WireMockFeeds.FLAKY);
        assertThat(failing.consecutiveFailures).isEqualTo(2);
        assertThat(failing.nextAttemptAt).isAfter(clock.instant().plus(Duration.ofSeconds(110)));
        server.verify(4, getRequestedFor(urlEqualTo(WireMockFeeds.FLAKY)));

        serve(WireMockFeeds.FLAKY, "application/rss+xml", Feeds.rss("Flaky Briefing", List.of(inline("flaky-1", recovered, 0))));
        clock.advance(Duration.ofMinutes(2));
        pullFeeds.pullDue();

        Feed back = feed(WireMockFeeds.FLAKY);
        assertThat(back.consecutiveFailures).isZero();
        assertThat(back.lastSuccessAt).isNotNull();
        assertThat(back.lastError).contains("HTTP 500");
        assertThat(StoredIssues.withArticleTitled(recovered)).isEqualTo(1);
    }

    @Test
    void aFeedWithADoctypeIsRefusedAsMalformed() {
        serve(WireMockFeeds.FLAKY, "application/rss+xml", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss version="2.0"><channel><title>&secret;</title></channel></rss>
                """);

        pullFeeds.pullDue();

        Feed refused = feed(WireMockFeeds.FLAKY);
        assertThat(refused.consecutiveFailures).isEqualTo(1);
        assertThat(refused.lastError).contains("malformed XML").containsIgnoringCase("DOCTYPE");
        assertThat(refused.title).isNull();
    }

    @Test
    void anEntryRefusedByTheParserIsRememberedAndNotRetried() {
        serve(WireMockFeeds.JSON, "application/feed+json", Feeds.jsonFeed("JSON Briefing", List.of(
                new Item("refused-1", server.baseUrl() + "/pages/refused-1.html", published, ""))));
        serve("/pages/refused-1.html", "text/html", "");

        pullFeeds.pullDue();
        clock.advance(FEED_INTERVAL);
        pullFeeds.pullDue();

        FeedEntry entry = QuarkusTransaction.requiringNew().call(() -> FeedEntry.<FeedEntry>find("entryKey", "refused-1").singleResult());
        assertThat(entry.status).isEqualTo(FeedEntry.Status.REFUSED);
        assertThat(entry.reason).startsWith("EMPTY");
        assertThat(feed(WireMockFeeds.JSON).consecutiveFailures).isZero();
        server.verify(1, getRequestedFor(urlEqualTo("/pages/refused-1.html")));
    }

    private Item inline(String id, String title, int daysLater) {
        String html = FixtureIssues.html(FixtureIssues.uniqueTopic("Feed"), title);
        return new Item(id, server.baseUrl() + "/pages/" + id + ".html", published.plus(Duration.ofDays(daysLater)), html);
    }

    private void serve(String path, String contentType, String body) {
        server.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
    }

    private Feed feed(String path) {
        String url = server.baseUrl() + path;
        return QuarkusTransaction.requiringNew().call(() -> Feed.findByUrl(url).orElseThrow());
    }

    private long entries(String path, FeedEntry.Status status) {
        Feed feed = feed(path);
        return QuarkusTransaction.requiringNew().call(() -> status == null
                ? FeedEntry.count("feedId", feed.id)
                : FeedEntry.count("feedId = ?1 and status = ?2", feed.id, status));
    }

    private double failureCount(String url) {
        var counter = meters.find("briefbot_feed_failures_total").tag("feed", url).counter();
        return counter == null ? 0 : counter.count();
    }
}
