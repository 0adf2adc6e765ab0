package io.briefbot.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's chat.postMessage as its rate limits answer it: one message a second to a channel, and (briefbot's own
 * ceiling, which Slack's per-app limits sit above) ten a second over all channels; beyond them HTTP 429 with
 * Retry-After and {"ok":false,"error":"ratelimited"}. Several briefbots may post to it, each under a path prefix of
 * its own ("/a/api/chat.postMessage"), which names the sender. A WireMock extension.
 */
public class PacedSlackApi implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "paced-slack-api";
    private static final int MESSAGES_PER_SECOND = 10;

    private final PlatformLimits limits = new PlatformLimits(MESSAGES_PER_SECOND, channel -> Duration.ofSeconds(1));
    private final AtomicInteger nextTs = new AtomicInteger(1);

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Map<String, String> call = FormBody.fields(serveEvent.getRequest().getBodyAsString());
        String channel = call.get("channel");
        OptionalLong wait = limits.admit(channel, PlatformLimits.senderOf(serveEvent.getRequest().getUrl()));
        if (wait.isPresent()) {
            return aResponse().withStatus(429).withHeader("Retry-After", Long.toString(wait.getAsLong()))
                    .withHeader("Content-Type", "application/json; charset=utf-8").withBody("{\"ok\":false,\"error\":\"ratelimited\"}").build();
        }
        String ts = String.format("1764400000.%06d", nextTs.getAndIncrement());
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + ts + "\",\"message\":{\"type\":\"message\","
                        + "\"subtype\":\"bot_message\",\"text\":\"briefing\",\"ts\":\"" + ts + "\",\"bot_id\":\"B0BOT0001\"}}")
                .build();
    }

    public PlatformLimits limits() {
        return limits;
    }
}
