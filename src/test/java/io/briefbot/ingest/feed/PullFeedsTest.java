package io.briefbot.ingest.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

    /** Another web server on this machine, as an internal service would be. */
    private static WireMockServer internal;

    private final Instant published = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(3));

    @BeforeAll
    static void startInternalServer() {
        internal = FeedStandIn.internalServer();
    }

    @AfterAll
    static void stopInternalServer() {
        internal.stop();
    }

    @BeforeEach
    void emptyFeeds() {
        clock.reset();
        FeedStandIn.reset(server);
        internal.resetAll();
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
    void aRateLimitedFeedIsFetchedAgainOnceItsRetryAfterIsOver() {
        String title = FixtureIssues.uniqueTitle("Rate-limited feed");
        server.stubFor(get(WireMockFeeds.FLAKY).inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("waited"));
        server.stubFor(get(WireMockFeeds.FLAKY).inScenario("rate limit").whenScenarioStateIs("waited")
                .willReturn(aResponse().withHeader("Content-Type", "application/rss+xml")
                        .withBody(Feeds.rss("Patient Briefing", List.of(inline("limited-1", title, 0))))));

        pullFeeds.pullDue();

        assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
        assertThat(feed(WireMockFeeds.FLAKY).consecutiveFailures).isZero();
        server.verify(2, getRequestedFor(urlEqualTo(WireMockFeeds.FLAKY)));
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

        FeedEntry entry = FeedStandIn.entry("refused-1");
        assertThat(entry.status).isEqualTo(FeedEntry.Status.REFUSED);
        assertThat(entry.reason).startsWith("EMPTY");
        assertThat(feed(WireMockFeeds.JSON).consecutiveFailures).isZero();
        server.verify(1, getRequestedFor(urlEqualTo("/pages/refused-1.html")));
    }

    @Test
    void entryLinksToAnotherLoopbackPortOrToCloudMetadataAreRefusedWithoutARequest() {
        String title = FixtureIssues.uniqueTitle("Internal");
        FeedStandIn.serve(internal, "/admin/page.html", "text/html", FixtureIssues.html(FixtureIssues.uniqueTopic("Internal"), title));
        serve(WireMockFeeds.ATOM, "application/atom+xml", Feeds.atom("Atom Briefing", List.of(
                new Item("urn:test:internal", internal.baseUrl() + "/admin/page.html", published, null),
                new Item("urn:test:metadata", "http://169.254.169.254/latest/meta-data/iam/", published, null),
                new Item("urn:test:metadata-v6", "http://[fd00:ec2::254]/latest/meta-data/", published, null))));
        double refusedBefore = FeedStandIn.refused(meters, server, WireMockFeeds.ATOM, "address");

        pullFeeds.pullDue();

        internal.verify(0, anyRequestedFor(anyUrl()));
        assertThat(StoredIssues.withArticleTitled(title)).isZero();
        assertThat(FeedStandIn.entry("urn:test:internal").reason)
                .startsWith("ADDRESS: " + internal.baseUrl() + "/admin/page.html is at 127.0.0.1, not a public address");
        assertThat(FeedStandIn.entry("urn:test:metadata").reason).startsWith("ADDRESS: ").contains("169.254.169.254");
        assertThat(FeedStandIn.entry("urn:test:metadata-v6").reason).startsWith("ADDRESS: ").contains("fd00:ec2");
        assertThat(List.of("urn:test:internal", "urn:test:metadata", "urn:test:metadata-v6"))
                .allSatisfy(key -> assertThat(FeedStandIn.entry(key).status).isEqualTo(FeedEntry.Status.REFUSED));
        assertThat(FeedStandIn.refused(meters, server, WireMockFeeds.ATOM, "address")).isEqualTo(refusedBefore + 3);
        assertThat(feed(WireMockFeeds.ATOM).consecutiveFailures).isZero();
    }

    @Test
    void everyRedirectIsCheckedAgainAFewAtMostAndOnesWithinTheFeedsHostAreFollowed() {
        String internalTitle = FixtureIssues.uniqueTitle("Behind a redirect");
        FeedStandIn.serve(internal, "/admin/page.html", "text/html", FixtureIssues.html(FixtureIssues.uniqueTopic("Internal"), internalTitle));
        String movedTitle = FixtureIssues.uniqueTitle("Moved page");
        serve("/pages/atom-moved-here.html", "text/html", FixtureIssues.html(FixtureIssues.uniqueTopic("Moved"), movedTitle));
        redirect("/pages/atom-moved.html", 301, "/pages/atom-moved-here.html");
        redirect("/pages/to-internal.html", 302, "/pages/to-internal-2.html");
        redirect("/pages/to-internal-2.html", 307, internal.baseUrl() + "/admin/page.html");
        redirect("/pages/to-metadata.html", 303, "http://169.254.169.254/latest/meta-data/");
        redirect("/pages/loop.html", 302, "/pages/loop.html");
        serve(WireMockFeeds.ATOM, "application/atom+xml", Feeds.atom("Atom Briefing", List.of(
                new Item("urn:test:moved", server.baseUrl() + "/pages/atom-moved.html", published, null),
                new Item("urn:test:to-internal", server.baseUrl() + "/pages/to-internal.html", published, null),
                new Item("urn:test:to-metadata", server.baseUrl() + "/pages/to-metadata.html", published, null),
                new Item("urn:test:loop", server.baseUrl() + "/pages/loop.html", published, null))));

        pullFeeds.pullDue();

        assertThat(StoredIssues.withArticleTitled(movedTitle)).isEqualTo(1);
        internal.verify(0, anyRequestedFor(anyUrl()));
        assertThat(StoredIssues.withArticleTitled(internalTitle)).isZero();
        assertThat(FeedStandIn.entry("urn:test:to-internal").reason).startsWith("ADDRESS: " + internal.baseUrl());
        assertThat(FeedStandIn.entry("urn:test:to-metadata").reason).startsWith("ADDRESS: http://169.254.169.254/");
        assertThat(FeedStandIn.entry("urn:test:loop").reason)
                .isEqualTo("REDIRECTS: " + server.baseUrl() + "/pages/loop.html redirects more than 5 times");
        server.verify(6, getRequestedFor(urlEqualTo("/pages/loop.html")));
    }

    @Test
    void aLinkThatIsNoWebAddressIsRefused() {
        serve(WireMockFeeds.ATOM, "application/atom+xml", Feeds.atom("Atom Briefing", List.of(
                new Item("urn:test:file", "file:///etc/passwd", published, null))));

        pullFeeds.pullDue();

        assertThat(FeedStandIn.entry("urn:test:file").reason).isEqualTo("NOT_WEB: “file:///etc/passwd” is not an http or https URL");
    }

    private void redirect(String path, int status, String location) {
        server.stubFor(get(path).willReturn(aResponse().withStatus(status).withHeader("Location", location)));
    }

    private Item inline(String id, String title, int daysLater) {
        String html = FixtureIssues.html(FixtureIssues.uniqueTopic("Feed"), title);
        return new Item(id, server.baseUrl() + "/pages/" + id + ".html", published.plus(Duration.ofDays(daysLater)), html);
    }

    private void serve(String path, String contentType, String body) {
        FeedStandIn.serve(server, path, contentType, body);
    }

    private Feed feed(String path) {
        return FeedStandIn.feed(server, path);
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
