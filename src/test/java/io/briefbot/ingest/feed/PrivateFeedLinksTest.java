package io.briefbot.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.briefbot.ingest.feed.Feeds.Item;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.StoredIssues;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Entry links with private addresses allowed: an internal page is taken, and still no page is read past its limit. */
@QuarkusTest
@TestProfile(PrivateFeedsProfile.class)
@QuarkusTestResource(value = WireMockFeeds.class, restrictToAnnotatedClass = true)
class PrivateFeedLinksTest {

    private static final long MIB = 1024 * 1024;

    WireMockServer server;

    @Inject
    PullFeeds pullFeeds;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void emptyFeeds() {
        FeedStandIn.reset(server);
    }

    @Test
    void anEntryLinkToAnotherLoopbackPortIsTakenWhenPrivateAddressesAreAllowed() {
        String title = FixtureIssues.uniqueTitle("Intranet");
        WireMockServer intranet = FeedStandIn.internalServer();
        try {
            FeedStandIn.serve(intranet, "/news/page.html", "text/html", FixtureIssues.html(FixtureIssues.uniqueTopic("Intranet"), title));
            atomLinkingTo("urn:test:intranet", intranet.baseUrl() + "/news/page.html");

            pullFeeds.pullDue();

            assertThat(StoredIssues.withArticleTitled(title)).isEqualTo(1);
        } finally {
            intranet.stop();
        }
    }

    @Test
    void aPageWithoutEndIsReadNoFurtherThanItsLimitAndRefused() throws Exception {
        try (EndlessPage endless = new EndlessPage(256 * MIB)) {
            atomLinkingTo("urn:test:endless", endless.url());
            double refusedBefore = FeedStandIn.refused(meters, server, WireMockFeeds.ATOM, "too_large");

            pullFeeds.pullDue();

            // what briefbot read, and what the two ends' socket buffers held when it hung up
            assertThat(endless.written()).isLessThan(64 * MIB);
            FeedEntry entry = FeedStandIn.entry("urn:test:endless");
            assertThat(entry.status).isEqualTo(FeedEntry.Status.REFUSED);
            assertThat(entry.reason).isEqualTo("TOO_LARGE: " + endless.url() + " is over the 2 MiB limit; not read past it");
            assertThat(FeedStandIn.refused(meters, server, WireMockFeeds.ATOM, "too_large")).isEqualTo(refusedBefore + 1);
        }
    }

    private void atomLinkingTo(String id, String link) {
        FeedStandIn.serve(server, WireMockFeeds.ATOM, "application/atom+xml", Feeds.atom("Atom Briefing", List.of(
                new Item(id, link, Instant.now().minusSeconds(3600), null))));
    }
}
