package io.briefbot.chat.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import io.briefbot.chat.ApiReachability;
import io.briefbot.format.Picture;
import io.briefbot.format.slack.SlackMessage;
import io.briefbot.common.RetryPolicy;
import io.briefbot.common.RetryPolicy.Verdict;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jboss.logging.Logger;

/**
 * Calls Slack with retries: waits as told on 429 (Retry-After), backs off on 5xx and I/O failures, gives up
 * at once on refusals (channel_not_found, expired_url, …). Final failures are logged without token or
 * message body and counted, never dropped silently. Calls block while they wait: run them on a worker.
 * Delivery's outlet makes single calls ({@link #postMessageOnce}, {@link #updateOnce}, {@link #uploadPictureOnce}) with the same mapping
 * and keeps its own retries.
 */
@ApplicationScoped
public class SlackSender {

    private static final Logger LOG = Logger.getLogger(SlackSender.class);

    private static final int TOO_MANY_REQUESTS = 429;
    static final Set<String> TOKEN_ERRORS = Set.of("invalid_auth", "not_authed", "token_revoked", "token_expired", "account_inactive");

    private final Slack slack;
    private final MethodsClient methods;
    private final Gson gson = GsonFactory.createSnakeCase();
    private final Counter failedReplies;
    private final Counter rateLimited;

    private final ApiReachability reachability = new ApiReachability();

    public SlackSender(SlackSettings settings, MeterRegistry meters) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // Stats would call auth.test behind each first call of a token, only to label metrics.
        config.setStatsEnabled(false);
        this.slack = Slack.getInstance(config);
        this.methods = slack.methods(settings.botToken().orElse(null));
        this.failedReplies = meters.counter("briefbot_replies_failed_total", "platform", "slack");
        this.rateLimited = meters.counter("briefbot_platform_429_total", "platform", "slack");
    }

    /** The client Bolt and Socket Mode use, talking to SLACK_API_URL. */
    public Slack slack() {
        return slack;
    }

    public MethodsClient methods() {
        return methods;
    }

    /** @param threadTs the thread to answer in; null for the channel itself */
    public Outcome postMessage(String channel, String threadTs, SlackMessage message) {
        return withRetries("chat.postMessage", channel, () -> postMessageOnce(channel, threadTs, message));
    }

    public Outcome update(String channel, String ts, SlackMessage message) {
        return withRetries("chat.update", channel, () -> updateOnce(channel, ts, message));
    }

    /** A message only {@code user} sees. */
    /** A message only {@code user} sees in the channel, in the thread {@code threadTs} when not null. */
    public Outcome postEphemeral(String channel, String threadTs, String user, SlackMessage message) {
        return withRetries("chat.postEphemeral", channel, () -> once(() -> Answer.of(methods.chatPostEphemeral(r -> r.channel(channel)
                .threadTs(threadTs).user(user).text(message.text()).blocks(SlackReplies.blocksOf(message))), null)));
    }

    /** Posts to a response_url (a slash command's or a button press's, valid 30 minutes for five posts). */
    public Outcome respond(String responseUrl, String channel, ActionResponse response) {
        String json = gson.toJson(response);
        return withRetries("response_url", channel, () -> once(() -> Answer.of(slack.send(responseUrl, json))));
    }

    /**
     * A picture as a file shared in the channel (in the thread {@code threadTs} when not null), titled with the message's
     * text, its words as alt text: files.getUploadURLExternal, the bytes to the address it gives, then
     * files.completeUploadExternal. Each step is retried on its own.
     */
    public Outcome uploadPicture(String channel, String threadTs, SlackMessage message) {
        Step last = uploadSteps(channel, threadTs, message, call -> RetryPolicy.PLATFORM.call(call, Answer::verdict));
        return new Outcome(last.method(), channel, last.answer().kind() == Answer.Kind.OK ? null : last.answer().error());
    }

    /** The same upload with each step made once, not retried: the answer carries the file's id. */
    Answer uploadPictureOnce(String channel, String threadTs, SlackMessage message) {
        return uploadSteps(channel, threadTs, message, Supplier::get).answer();
    }

    /** @return the last step made: the first that failed, or the completion */
    private Step uploadSteps(String channel, String threadTs, SlackMessage message, Function<Supplier<Answer>, Answer> step) {
        Picture picture = message.picture();
        AtomicReference<FilesGetUploadURLExternalResponse> target = new AtomicReference<>();
        Answer asked = step.apply(() -> once(() -> {
            FilesGetUploadURLExternalResponse answer = methods.filesGetUploadURLExternal(r -> r.filename(picture.fileName())
                    .length(picture.png().length).altTxt(picture.description()));
            target.set(answer);
            return Answer.of(answer, answer.getFileId());
        }));
        if (asked.kind() != Answer.Kind.OK) {
            return new Step("files.getUploadURLExternal", asked);
        }
        Answer uploaded = step.apply(() -> once(() -> upload(target.get().getUploadUrl(), picture.png())));
        if (uploaded.kind() != Answer.Kind.OK) {
            return new Step("file upload", uploaded);
        }
        FilesCompleteUploadExternalRequest.FileDetails file = FilesCompleteUploadExternalRequest.FileDetails.builder()
                .id(target.get().getFileId()).title(message.text()).build();
        return new Step("files.completeUploadExternal", step.apply(() -> once(() -> Answer.of(
                methods.filesCompleteUploadExternal(r -> r.files(List.of(file)).channelId(channel).threadTs(threadTs)),
                target.get().getFileId()))));
    }

    private record Step(String method, Answer answer) {
    }

    /** The file's bytes to the address files.getUploadURLExternal gave, as the SDK's own upload sends them. */
    private Answer upload(String url, byte[] bytes) throws IOException {
        Request request = new Request.Builder().url(url).post(RequestBody.create(bytes)).build();
        try (Response response = methods.getSlackHttpClient().getOkHttpClient().newCall(request).execute()) {
            return response.isSuccessful() ? new Answer(Answer.Kind.OK, null, null, null)
                    : Answer.classify(response.code(), "HTTP " + response.code(), response.header("Retry-After"));
        }
    }

    /** One chat.postMessage, not retried: the answer carries the new message's ts. */
    Answer postMessageOnce(String channel, String threadTs, SlackMessage message) {
        return once(() -> {
            ChatPostMessageResponse posted = methods.chatPostMessage(r -> r.channel(channel).threadTs(threadTs)
                    .text(message.text()).blocks(SlackReplies.blocksOf(message)).unfurlLinks(false).unfurlMedia(false));
            return Answer.of(posted, posted.getTs());
        });
    }

    /** One chat.update, not retried. */
    Answer updateOnce(String channel, String ts, SlackMessage message) {
        return once(() -> {
            ChatUpdateResponse updated = methods.chatUpdate(r -> r.channel(channel).ts(ts)
                    .text(message.text()).blocks(SlackReplies.blocksOf(message)));
            return Answer.of(updated, updated.getTs());
        });
    }

    /** Logs and counts a reply that finally failed; nothing for one that arrived. */
    public void reportIfFailed(Outcome outcome) {
        if (!outcome.ok()) {
            LOG.warnf("Slack %s to channel %s failed: %s", outcome.method(), outcome.channel(), outcome.error());
            failedReplies.increment();
        }
    }

    @PreDestroy
    void close() throws Exception {
        slack.close();
    }

    private Outcome withRetries(String method, String channel, Supplier<Answer> call) {
        Answer answer = RetryPolicy.PLATFORM.call(call, Answer::verdict);
        return new Outcome(method, channel, answer.kind() == Answer.Kind.OK ? null : answer.error());
    }

    /** Makes one call and says how it went; a 429 is counted however the caller goes on. */
    private Answer once(Call call) {
        Answer answer;
        try {
            answer = call.run();
        } catch (SlackApiException e) {
            answer = Answer.of(e);
        } catch (IOException | RuntimeException e) {
            // Messages of I/O failures name the host at most; the token travels in a header only.
            answer = new Answer(Answer.Kind.TRANSIENT, e.getClass().getSimpleName() + ": " + e.getMessage(), null, null);
        }
        if (answer.kind() == Answer.Kind.RATE_LIMITED) {
            rateLimited.increment();
        }
        note(answer.kind() == Answer.Kind.TRANSIENT, answer.error());
        return answer;
    }

    /** Any call's end tells whether Slack is reachable and takes the token. */
    void note(boolean unreachable, String error) {
        if (unreachable) {
            reachability.unreachable(error);
        } else if (error != null && TOKEN_ERRORS.contains(error)) {
            reachability.tokenRefused(error);
        } else {
            reachability.answered();
        }
    }

    ApiReachability reachability() {
        return reachability;
    }

    /**
     * How a call ended, after retries.
     *
     * @param error Slack's error ("channel_not_found", "expired_url", "HTTP 503", …); null when it arrived
     */
    public record Outcome(String method, String channel, String error) {

        public boolean ok() {
            return error == null;
        }
    }

    @FunctionalInterface
    private interface Call {
        Answer run() throws IOException, SlackApiException;
    }

    /**
     * How one call went.
     *
     * @param ts the message's ts, when the call posted or edited one
     */
    record Answer(Kind kind, String error, Duration retryAfter, String ts) {

        enum Kind { OK, REFUSED, RATE_LIMITED, TRANSIENT }

        Verdict verdict() {
            return switch (kind) {
                case OK, REFUSED -> Verdict.FINAL;
                case RATE_LIMITED -> Verdict.rateLimited(retryAfter);
                case TRANSIENT -> Verdict.TRANSIENT;
            };
        }

        static Answer of(SlackApiTextResponse response, String ts) {
            if (response.isOk()) {
                return new Answer(Kind.OK, null, null, ts);
            }
            if ("ratelimited".equals(response.getError())) {
                return new Answer(Kind.RATE_LIMITED, response.getError(), RetryPolicy.DEFAULT_RETRY_AFTER, null);
            }
            return new Answer(Kind.REFUSED, response.getError(), null, null);
        }

        static Answer of(SlackApiException e) {
            int status = e.getResponse().code();
            String error = e.getError() != null && e.getError().getError() != null ? e.getError().getError() : "HTTP " + status;
            return classify(status, error, e.getResponse().header("Retry-After"));
        }

        /** response_url answers in plain text: "ok", or an error such as "expired_url" with a 4xx status. */
        static Answer of(WebhookResponse response) {
            int status = response.getCode();
            if (status == 200) {
                return new Answer(Kind.OK, null, null, null);
            }
            String body = response.getBody() == null || response.getBody().isBlank() ? "HTTP " + status
                    : "HTTP " + status + " " + response.getBody().strip();
            return classify(status, body, firstHeader(response.getHeaders(), "Retry-After"));
        }

        private static Answer classify(int status, String error, String retryAfter) {
            if (status == TOO_MANY_REQUESTS) {
                return new Answer(Kind.RATE_LIMITED, error, RetryPolicy.retryAfter(retryAfter), null);
            }
            return new Answer(status >= 500 ? Kind.TRANSIENT : Kind.REFUSED, error, null, null);
        }

        private static String firstHeader(Map<String, List<String>> headers, String name) {
            if (headers == null) {
                return null;
            }
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .flatMap(header -> header.getValue().stream()).findFirst().orElse(null);
        }
    }
}
