package io.briefbot.testing;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A platform's form-encoded posting method held to its {@link PlatformLimits}: a post within them gets the platform's
 * answer, one beyond them its 429. Several briefbots may post to it, each under a path prefix of its own, which names
 * the sender. A WireMock extension.
 */
public abstract class PacedStandIn implements ResponseDefinitionTransformerV2 {

    private final String name;
    private final String chatField;
    private final PlatformLimits limits;

    /** @param chatField the form field that names the chat */
    protected PacedStandIn(String name, String chatField, PlatformLimits limits) {
        this.name = name;
        this.chatField = chatField;
        this.limits = limits;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public final ResponseDefinition transform(ServeEvent serveEvent) {
        Map<String, String> call = FormBody.fields(serveEvent.getRequest().getBodyAsString());
        String chat = call.get(chatField);
        OptionalLong wait = limits.admit(chat, PlatformLimits.senderOf(serveEvent.getRequest().getUrl()));
        return wait.isPresent() ? tooManyRequests(wait.getAsLong()) : posted(chat, call);
    }

    /** The platform's answer to a post to {@code chat} that it accepted. */
    protected abstract ResponseDefinition posted(String chat, Map<String, String> call);

    /** The platform's 429, asking to wait {@code seconds}. */
    protected abstract ResponseDefinition tooManyRequests(long seconds);

    public PlatformLimits limits() {
        return limits;
    }
}
