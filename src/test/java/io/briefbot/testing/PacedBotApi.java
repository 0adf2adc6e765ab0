package io.briefbot.testing;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Bot API's sendMessage under Telegram's flood control for one bot: 30 messages a second over all chats (bursts of a
 * second's worth), one a second to a private chat, one every 3 s to a group or channel (negative ids); beyond them 429 with
 * parameters.retry_after. Several briefbots may post to it, each under a path prefix of its own
 * ("/a/bot&lt;token&gt;/sendMessage"), which names the sender. A WireMock extension.
 */
public class PacedBotApi implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "paced-bot-api";
    private static final int MESSAGES_PER_SECOND = 30;

    private final PlatformLimits limits = new PlatformLimits(MESSAGES_PER_SECOND,
            chat -> chat.startsWith("-") ? Duration.ofSeconds(3) : Duration.ofSeconds(1));
    private final AtomicInteger nextMessageId = new AtomicInteger(1);

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
        String chat = call.get("chat_id");
        OptionalLong wait = limits.admit(chat, PlatformLimits.senderOf(serveEvent.getRequest().getUrl()));
        return wait.isPresent() ? BotApiAnswers.tooManyRequests(wait.getAsLong())
                : BotApiAnswers.sent(chat, call.get("message_thread_id"), nextMessageId.getAndIncrement());
    }

    public PlatformLimits limits() {
        return limits;
    }
}
