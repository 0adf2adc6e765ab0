package io.briefbot.chat.slack;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.CommandRouter;
import io.briefbot.chat.Platform;
import io.briefbot.format.slack.SlackMessage;
import io.briefbot.format.slack.SlackRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.List;

/** Answers a command line typed in Slack, rendered as Slack messages. */
@ApplicationScoped
public class SlackAnswers {

    private final CommandRouter router;
    private final SlackRenderer renderer;

    public SlackAnswers(CommandRouter router, SlackRenderer renderer) {
        this.router = router;
        this.renderer = renderer;
    }

    /** Runs on worker threads, outside any HTTP request: the archive needs a request context of its own. */
    @ActivateRequestContext
    public SlackAnswer answer(String teamId, String channelId, String userId, String commandLine) {
        var reply = router.handle(new ChatRequest(Platform.SLACK, teamId, channelId, userId, commandLine));
        List<SlackMessage> messages = renderer.render(reply);
        return new SlackAnswer(reply, messages);
    }
}
