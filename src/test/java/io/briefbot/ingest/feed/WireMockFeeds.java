package io.briefbot.ingest.feed;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A stand-in web server on a random loopback port serving the four configured feeds. */
public class WireMockFeeds implements QuarkusTestResourceLifecycleManager {

    static final String RSS = "/feeds/rss.xml";
    static final String ATOM = "/feeds/atom.xml";
    static final String JSON = "/feeds/feed.json";
    static final String FLAKY = "/feeds/flaky.xml";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        String base = server.baseUrl();
        return Map.of(
                "briefbot.feed.urls", String.join(",", base + RSS, base + ATOM, base + JSON, base + FLAKY),
                "briefbot.feed.retries", "1",
                "briefbot.feed.retry-delay", "10ms",
                "briefbot.feed.initial-backoff", "1m",
                "briefbot.feed.max-backoff", "1h",
                "briefbot.feed.min-inline-chars", "200");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
