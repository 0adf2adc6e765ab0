package io.briefbot.chat.command;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.briefbot.chat.ChatArchive;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Platform;
import io.briefbot.format.AnswerReply;
import io.briefbot.format.Reply;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With BRIEFBOT_LLM_BASE_URL set, a model phrases the answer from the quotes alone; when it fails, the quotes stand. */
@QuarkusTest
@QuarkusTestResource(value = LanguageModelStandIn.class, restrictToAnnotatedClass = true)
class PhrasedAnswerTest {

    static final String QUESTION = "/ask What did the State Council announce about data protection?";

    WireMockServer model;

    @Inject
    IssueIngestor ingestor;

    @Inject
    CommandRouter router;

    @Inject
    MeterRegistry meters;

    @BeforeEach
    void archive() {
        model.resetAll();
        Archive.clear();
        for (String file : new String[] {"2026-07-02-china.txt", "2026-10-08-china.txt"}) {
            ChatArchive.storeText(ingestor, new String(Fixtures.resource("qa/archive/" + file), StandardCharsets.UTF_8),
                    LocalDate.parse(file.substring(0, 10)));
        }
    }

    @Test
    void theModelPhrasesTheAnswerFromTheQuotesAndTheSourcesStay() {
        model.stubFor(post(urlEqualTo(LanguageModelStandIn.COMPLETIONS))
                .willReturn(completion("Large data handlers must name a data protection officer [1].")));

        AnswerReply answer = (AnswerReply) router.handle(new ChatRequest(Platform.CONSOLE, null, "console", "local", QUESTION));

        assertThat(answer.phrased()).isEqualTo("Large data handlers must name a data protection officer [1].");
        assertThat(answer.note()).isNull();
        assertThat(answer.quotes()).isNotEmpty();
        assertThat(answer.quotes().get(0).source().title()).isEqualTo("New rules for data protection officers");
        JsonPath request = JsonPath.from(model.findAll(postRequestedFor(urlEqualTo(LanguageModelStandIn.COMPLETIONS))).get(0).getBodyAsString());
        assertThat(request.getString("model")).isEqualTo("local-test-model");
        String prompt = request.getString("messages[1].content");
        assertThat(prompt).contains("What did the State Council announce about data protection?")
                .contains("[1] (China.Table, 8 Oct 2026, \"New rules for data protection officers\") " + answer.quotes().get(0).text());
        assertThat(request.getString("messages[0].content")).contains("using only the numbered passages");
    }

    @Test
    void aRateLimitedModelIsAskedAgainOnce() {
        model.stubFor(post(urlEqualTo(LanguageModelStandIn.COMPLETIONS)).inScenario("rate limit").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"message\":\"rate limit reached\"}}")).willSetStateTo("waited"));
        model.stubFor(post(urlEqualTo(LanguageModelStandIn.COMPLETIONS)).inScenario("rate limit").whenScenarioStateIs("waited")
                .willReturn(completion("Large data handlers name an officer [1].")));

        AnswerReply answer = (AnswerReply) router.handle(new ChatRequest(Platform.CONSOLE, null, "console", "local", QUESTION));

        assertThat(answer.phrased()).isEqualTo("Large data handlers name an officer [1].");
        model.verify(2, postRequestedFor(urlEqualTo(LanguageModelStandIn.COMPLETIONS)));
    }

    @Test
    void aFailingModelIsReportedAndTheQuotesAnswerAlone() {
        model.stubFor(post(urlEqualTo(LanguageModelStandIn.COMPLETIONS)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"message\":\"model overloaded\"}}")));
        double failuresBefore = meters.counter("briefbot_llm_failures_total").count();

        Reply reply = router.handle(new ChatRequest(Platform.CONSOLE, null, "console", "local", QUESTION));

        AnswerReply answer = (AnswerReply) reply;
        assertThat(answer.phrased()).isNull();
        assertThat(answer.note()).isEqualTo(AskArchive.NOTE_MODEL_FAILED);
        assertThat(answer.quotes()).extracting(q -> q.source().title()).contains("New rules for data protection officers");
        assertThat(meters.counter("briefbot_llm_failures_total").count()).isEqualTo(failuresBefore + 1);
    }

    /** A chat completion as OpenAI-compatible servers send it, saying {@code content}. */
    private static ResponseDefinitionBuilder completion(String content) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                {"id":"chatcmpl-7","object":"chat.completion","created":1764400000,"model":"local-test-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"logprobs":null,"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":120,"completion_tokens":14,"total_tokens":134}}""".formatted(content));
    }
}
