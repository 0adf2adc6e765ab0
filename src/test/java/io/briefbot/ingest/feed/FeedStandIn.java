package io.briefbot.ingest.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;

/** The configured feeds on their stand-in server ({@link WireMockFeeds}) and what briefbot stored about them. */
final class FeedStandIn {

    private FeedStandIn() {
    }

    /** Another web server on this machine, on another port, as an internal service would be: stop it after use. */
    static WireMockServer internalServer() {
        WireMockServer internal = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        internal.start();
        return internal;
    }

    /** Forgets every feed and entry, and serves the four configured feeds empty. */
    static void reset(WireMockServer server) {
        QuarkusTransaction.requiringNew().run(() -> {
            FeedEntry.deleteAll();
            Feed.deleteAll();
        });
        server.resetAll();
        for (String path : List.of(WireMockFeeds.RSS, WireMockFeeds.ATOM, WireMockFeeds.FLAKY)) {
            serve(server, path, "application/rss+xml", Feeds.rss("Empty", List.of()));
        }
        serve(server, WireMockFeeds.JSON, "application/feed+json", Feeds.jsonFeed("Empty", List.of()));
    }

    static void serve(WireMockServer server, String path, String contentType, String body) {
        server.stubFor(get(path).willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
    }

    static Feed feed(WireMockServer server, String path) {
        String url = server.baseUrl() + path;
        return QuarkusTransaction.requiringNew().call(() -> Feed.findByUrl(url).orElseThrow());
    }

    static FeedEntry entry(String key) {
        return QuarkusTransaction.requiringNew().call(() -> FeedEntry.<FeedEntry>find("entryKey", key).singleResult());
    }

    /** Entries of the feed at {@code path} refused for {@code reason}, as counted in the metrics. */
    static double refused(MeterRegistry meters, WireMockServer server, String path, String reason) {
        var counter = meters.find("briefbot_feed_entries_refused_total").tag("feed", server.baseUrl() + path).tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }
}
