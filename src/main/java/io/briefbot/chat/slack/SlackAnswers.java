package io.briefbot.chat.slack;

import com.google.gson.Gson;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.util.json.GsonFactory;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Platform;
import io.briefbot.format.RecentRenderings;
import io.briefbot.format.Reply;
import io.briefbot.format.slack.SlackMessage;
import io.briefbot.format.slack.SlackRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;
import java.util.Optional;

/** Answers a command line typed in Slack, rendered as Slack messages. */
@ApplicationScoped
public class SlackAnswers {

    private final CommandRouter router;
    private final SlackRenderer renderer;
    private final RecentRenderings<SlackAnswer> recent = new RecentRenderings<>();
    private final Gson gson = GsonFactory.createSnakeCase();

    public SlackAnswers(CommandRouter router, SlackRenderer renderer) {
        this.router = router;
        this.renderer = renderer;
    }

    /** Runs on worker threads, outside any HTTP request: the archive needs a request context of its own. */
    @ActivateRequestContext
    public SlackAnswer answer(String teamId, String channelId, String userId, String commandLine) {
        Reply reply = router.handle(new ChatRequest(Platform.SLACK, teamId, channelId, userId, commandLine));
        return recent.get(reply, this::rendered);
    }

    /** The answer when it is at hand in memory (no archive read, so no request context); empty otherwise. */
    public Optional<SlackAnswer> ready(String teamId, String channelId, String userId, String commandLine) {
        return router.ready(new ChatRequest(Platform.SLACK, teamId, channelId, userId, commandLine))
                .map(reply -> recent.get(reply, this::rendered));
    }

    /**
     * Answers what someone wrote in a mention or direct message: a command, a question, or a follow-up to the
     * question of {@code earlierQuestion} when there is one (the thread it was written in holds an answer).
     */
    @ActivateRequestContext
    public SlackAnswer conversation(String teamId, String channelId, String userId, String text, String earlierQuestion) {
        ChatRequest request = new ChatRequest(Platform.SLACK, teamId, channelId, userId, text);
        Reply reply = earlierQuestion == null ? router.handleConversation(request) : router.handleFollowUp(request, earlierQuestion);
        return recent.get(reply, this::rendered);
    }

    private SlackAnswer rendered(Reply reply) {
        List<SlackMessage> messages = renderer.render(reply);
        String ack = messages.size() == 1 ? gson.toJson(SlashCommandResponse.builder()
                .responseType(SlackAnswer.forEveryone(reply) ? SlackReplies.IN_CHANNEL : SlackReplies.EPHEMERAL)
                .text(messages.get(0).text())
                .blocks(SlackReplies.blocksOf(messages.get(0)))
                .build()) : null;
        return new SlackAnswer(reply, messages, ack);
    }
}
