package io.briefbot.ingest.feed;

import io.briefbot.testing.LoopbackWireMock;
import java.util.Map;

/** A stand-in web server on a random loopback port serving the four configured feeds. */
public class WireMockFeeds extends LoopbackWireMock {

    static final String RSS = "/feeds/rss.xml";
    static final String ATOM = "/feeds/atom.xml";
    static final String JSON = "/feeds/feed.json";
    static final String FLAKY = "/feeds/flaky.xml";

    @Override
    protected Map<String, String> configure() {
        String base = server.baseUrl();
        return Map.of(
                "briefbot.feed.urls", String.join(",", base + RSS, base + ATOM, base + JSON, base + FLAKY),
                "briefbot.feed.retries", "1",
                "briefbot.feed.retry-delay", "10ms",
                "briefbot.feed.initial-backoff", "1m",
                "briefbot.feed.max-backoff", "1h",
                "briefbot.feed.min-inline-chars", "200");
    }
}
