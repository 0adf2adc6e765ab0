package io.briefbot.qa;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.common.RetryPolicy;
import io.briefbot.common.RetryPolicy.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Has a language model phrase an answer from the quoted sentences alone, when BRIEFBOT_LLM_BASE_URL names an
 * OpenAI-compatible endpoint (Ollama serves one too). Unset, it does nothing and nothing leaves the machine. A
 * failing model is logged and counted, and the answer keeps its quotes.
 */
@ApplicationScoped
public class AnswerPhraser {

    private static final Logger LOG = Logger.getLogger(AnswerPhraser.class);
    /** Someone waits for the answer, and the quotes answer without the model: only a rate limit is tried again, once. */
    private static final RetryPolicy RETRIES = new RetryPolicy(2, 1, RetryPolicy.PLATFORM.backoff());
    private static final String INSTRUCTIONS = """
            You answer a team's question about news briefings using only the numbered passages given. \
            Write at most three short sentences. Do not add facts that are not in the passages. \
            Mark each statement with the number of its passage in brackets, like [1]. \
            If the passages do not answer the question, say only: The archive does not say.""";

    private final Optional<ChatModel> model;
    private final Counter failures;

    public AnswerPhraser(QaConfig config, MeterRegistry meters) {
        this.model = config.llmBaseUrl().filter(url -> !url.isBlank()).map(url -> OpenAiChatModel.builder()
                .baseUrl(url)
                .apiKey(config.llmApiKey().filter(key -> !key.isBlank()).orElse("none"))
                .modelName(config.llmModel())
                .timeout(config.llmTimeout())
                .maxRetries(0)
                .temperature(0.0)
                .build());
        this.failures = meters.counter("briefbot_llm_failures_total");
    }

    Answer phrase(Answer answer) {
        if (model.isEmpty() || !answer.found()) {
            return answer;
        }
        try {
            String text = RETRIES.call(() -> model.get().chat(SystemMessage.from(INSTRUCTIONS), UserMessage.from(prompt(answer)))
                    .aiMessage().text(), RuntimeException.class, AnswerPhraser::verdict);
            if (text == null || text.isBlank()) {
                throw new IllegalStateException("the model answered with no text");
            }
            return answer.phrasedAs(text.strip());
        } catch (RuntimeException e) {
            failures.increment();
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
            LOG.warnf("The language model gave no answer, the quotes are answered instead: %s", why);
            return answer.phrasingFailed(why);
        }
    }

    /** The client names no Retry-After: a rate limit waits the usual second. */
    private static Verdict verdict(RuntimeException e) {
        return e instanceof RateLimitException ? Verdict.rateLimited(RetryPolicy.DEFAULT_RETRY_AFTER) : Verdict.FINAL;
    }

    private static String prompt(Answer answer) {
        StringBuilder prompt = new StringBuilder("Question: ").append(answer.question()).append("\n\nPassages:\n");
        for (int i = 0; i < answer.quotes().size(); i++) {
            Quote quote = answer.quotes().get(i);
            prompt.append('[').append(i + 1).append("] (").append(quote.source().publication()).append(", ")
                    .append(BriefingCalendar.brief(quote.source().date())).append(", ").append(what(quote.source())).append(") ")
                    .append(quote.text()).append('\n');
        }
        return prompt.toString();
    }

    private static String what(Source source) {
        return switch (source.kind()) {
            case ARTICLE -> "\"" + source.title() + "\"";
            case HEADLINE -> "headline";
            case EDITORIAL -> "editorial";
        };
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
