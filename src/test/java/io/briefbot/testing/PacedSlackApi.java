package io.briefbot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's chat.postMessage as its rate limits answer it: one message a second to a channel, and (briefbot's own
 * ceiling, which Slack's per-app limits sit above) ten a second over all channels; beyond them HTTP 429 with
 * Retry-After and {"ok":false,"error":"ratelimited"}. Each briefbot posts under a path prefix of its own
 * ("/a/api/chat.postMessage").
 */
public class PacedSlackApi extends PacedStandIn {

    public static final String NAME = "paced-slack-api";

    private final AtomicInteger nextTs = new AtomicInteger(1);

    public PacedSlackApi() {
        super(NAME, "channel", new PlatformLimits(10, channel -> Duration.ofSeconds(1)));
    }

    @Override
    protected ResponseDefinition posted(String channel, Map<String, String> call) {
        String ts = String.format("1764400000.%06d", nextTs.getAndIncrement());
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\",\"message\":{\"type\":\"message\","
                        + "\"subtype\":\"bot_message\",\"text\":\"briefing\",\"ts\":\"" + ts + "\",\"bot_id\":\"B0BOT0001\"}}")
                .build();
    }

    @Override
    protected ResponseDefinition tooManyRequests(long seconds) {
        return aResponse().withStatus(429).withHeader("Retry-After", Long.toString(seconds))
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody("{\"ok\":false,\"error\":\"ratelimited\"}").build();
    }
}
