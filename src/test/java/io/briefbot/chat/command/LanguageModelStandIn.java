package io.briefbot.chat.command;

import io.briefbot.testing.LoopbackWireMock;
import java.util.Map;

/** An OpenAI-compatible chat-completions endpoint on loopback; tests stub its answers. */
public class LanguageModelStandIn extends LoopbackWireMock {

    static final String COMPLETIONS = "/v1/chat/completions";

    @Override
    protected Map<String, String> configure() {
        return Map.of("briefbot.qa.llm-base-url", server.baseUrl() + "/v1", "briefbot.qa.llm-api-key", "test-key-not-secret",
                "briefbot.qa.llm-model", "local-test-model");
    }
}
