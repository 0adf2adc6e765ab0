package io.briefbot.testing;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Bot API's sendMessage under Telegram's flood control for one bot: 30 messages a second over all chats (bursts
 * of a second's worth), one a second to a private chat, one every 3 s to a group or channel (negative ids); beyond
 * them 429 with parameters.retry_after. Each briefbot posts under a path prefix of its own
 * ("/a/bot&lt;token&gt;/sendMessage").
 */
public class PacedBotApi extends PacedStandIn {

    public static final String NAME = "paced-bot-api";

    private final AtomicInteger nextMessageId = new AtomicInteger(1);

    public PacedBotApi() {
        super(NAME, "chat_id", new PlatformLimits(30, chat -> chat.startsWith("-") ? Duration.ofSeconds(3) : Duration.ofSeconds(1)));
    }

    @Override
    protected ResponseDefinition posted(String chat, Map<String, String> call) {
        return BotApiAnswers.sent(chat, call.get("message_thread_id"), nextMessageId.getAndIncrement());
    }

    @Override
    protected ResponseDefinition tooManyRequests(long seconds) {
        return BotApiAnswers.tooManyRequests(seconds);
    }
}
