package io.briefbot.chat.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import io.briefbot.chat.CommandLine;
import io.briefbot.chat.Commands;
import io.briefbot.format.AnswerReply;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * What briefbot does with each kind of Slack request. Slack waits 3 seconds for an acknowledgement: a
 * slash command whose answer is one message ready within {@code briefbot.slack.ack-wait} is answered in
 * the acknowledgement itself; anything else is acknowledged at once and answered from a worker. Every slash
 * command reaches the router, also one an operator registered that briefbot does not know (it gets the help
 * hint). In channels, briefings, articles and answers are posted for everyone; notices and the help only the
 * person who asked sees ({@link SlackAnswer#forEveryone()}).
 */
@ApplicationScoped
public class SlackHandlers {

    static final String BRIEFING = "/briefing";
    private static final Logger LOG = Logger.getLogger(SlackHandlers.class);
    private static final Pattern ANY_ACTION = Pattern.compile(".*");
    private static final Pattern ANY_COMMAND = Pattern.compile("/.*");
    private static final String BUSY = "briefbot is busy right now. Please try again in a moment.";

    private final SlackAnswers answers;
    private final SlackReplies replies;
    private final SlackWorkers workers;
    private final TeamAccess access;
    private final SeenEvents seen;
    private final SlackIdentity identity;
    private final SlackThreads threads;
    private final Duration ackWait;
    private final Commands commands;

    public SlackHandlers(SlackAnswers answers, SlackReplies replies, SlackWorkers workers, TeamAccess access, SeenEvents seen,
                         SlackIdentity identity, SlackThreads threads, SlackSettings settings, Commands commands) {
        this.threads = threads;
        this.answers = answers;
        this.replies = replies;
        this.workers = workers;
        this.access = access;
        this.seen = seen;
        this.identity = identity;
        this.ackWait = settings.ackWait();
        this.commands = commands;
    }

    void register(App app) {
        app.command(ANY_COMMAND, this::command);
        app.event(AppMentionEvent.class, (payload, ctx) -> mention(payload.getEventId(), payload.getTeamId(), payload.getEvent(), ctx));
        app.event(MessageEvent.class, (payload, ctx) -> directMessage(payload.getEventId(), payload.getTeamId(), payload.getEvent(), ctx));
        app.blockAction(ANY_ACTION, this::buttonPressed);
    }

    /**
     * Whether {@code request} is answered without waiting on anything, so that it may run on the thread
     * that received it: a slash command refused, deferred, or whose single-message answer is in memory.
     * Everything else may wait up to {@code ack-wait} for the archive and needs a thread that may block.
     */
    boolean answersAtOnce(Request<?> request) {
        if (!(request instanceof SlashCommandRequest slash) || slash.getPayload() == null) {
            return false;
        }
        SlashCommandPayload command = slash.getPayload();
        String line = commandLine(command);
        return !access.allows(command.getTeamId()) || commands.answeredLater(CommandLine.parse(line).name()) || readyAck(command, line).isPresent();
    }

    private Response command(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload command = request.getPayload();
        if (!access.allows(command.getTeamId())) {
            return ctx.ack(r -> r.responseType(SlackReplies.EPHEMERAL).text(TeamAccess.notEnabled(command.getTeamId())));
        }
        String line = commandLine(command);
        if (commands.answeredLater(CommandLine.parse(line).name())) {
            run(command.getChannelId(), () -> replies.throughResponseUrl(command.getResponseUrl(), command.getChannelId(),
                    command.getUserId(), answers.answer(command.getTeamId(), command.getChannelId(), command.getUserId(), line)));
            return ctx.ack();
        }
        Optional<String> ready = readyAck(command, line);
        if (ready.isPresent()) {
            return acknowledged(ready.get());
        }
        if (Context.isOnEventLoopThread()) {
            // The answer left memory since answersAtOnce (expired, or an ingest): an event loop must not wait for it.
            run(command.getChannelId(), () -> replies.throughResponseUrl(command.getResponseUrl(), command.getChannelId(),
                    command.getUserId(), answers.answer(command.getTeamId(), command.getChannelId(), command.getUserId(), line)));
            return ctx.ack();
        }
        CompletableFuture<SlackAnswer> answer;
        try {
            answer = workers.supply(() -> answers.answer(command.getTeamId(), command.getChannelId(), command.getUserId(), line));
        } catch (RejectedExecutionException e) {
            return ctx.ack(r -> r.responseType(SlackReplies.EPHEMERAL).text(BUSY));
        }
        Optional<SlackAnswer> inTime = within(answer, ackWait);
        if (inTime.isPresent() && inTime.get().isSingleMessage()) {
            return acknowledged(inTime.get().ack());
        }
        later(answer, done -> replies.throughResponseUrl(command.getResponseUrl(), command.getChannelId(), command.getUserId(), done),
                command.getChannelId());
        return ctx.ack();
    }

    /** "/briefing issue 8 July" is "issue 8 July"; "/issue 8 July" is itself. */
    private static String commandLine(SlashCommandPayload command) {
        String text = command.getText() == null ? "" : command.getText().strip();
        return BRIEFING.equals(command.getCommand()) ? text : (command.getCommand() + " " + text).strip();
    }

    private Optional<String> readyAck(SlashCommandPayload command, String line) {
        return answers.ready(command.getTeamId(), command.getChannelId(), command.getUserId(), line)
                .filter(SlackAnswer::isSingleMessage)
                .map(SlackAnswer::ack);
    }

    private static Response acknowledged(String ackJson) {
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8).body(ackJson).build();
    }

    private Response mention(String eventId, String teamId, AppMentionEvent event, EventContext ctx) {
        // Direct messages come as message.im as well; bots (this one included) are not answered.
        if (!seen.firstTime(eventId) || event.getBotId() != null || event.getChannel().startsWith("D")) {
            return ctx.ack();
        }
        return answerInChannel(teamId, event.getChannel(), event.getUser(), MentionText.commandLine(event.getText()),
                event.getThreadTs(), event.getTs(), ctx);
    }

    private Response directMessage(String eventId, String teamId, MessageEvent event, EventContext ctx) {
        boolean fromABot = event.getBotId() != null || event.getSubtype() != null
                || identity.botUserId().map(bot -> bot.equals(event.getUser())).orElse(false);
        if (!"im".equals(event.getChannelType()) || fromABot || !seen.firstTime(eventId)) {
            return ctx.ack();
        }
        return answerInChannel(teamId, event.getChannel(), event.getUser(), MentionText.commandLine(event.getText()),
                event.getThreadTs(), event.getTs(), ctx);
    }

    /**
     * Answers in the channel, in the thread the message was written in (a notice to its writer alone). An answer to a
     * question starts a thread on the question, and whatever is asked in that thread later is a follow-up to it.
     */
    private Response answerInChannel(String teamId, String channel, String user, String line, String threadTs, String messageTs,
                                     EventContext ctx) {
        run(channel, () -> {
            if (access.allows(teamId)) {
                SlackAnswer answer = answers.conversation(teamId, channel, user, line, threads.question(channel, threadTs).orElse(null));
                String answerThread = threadTs;
                if (answer.reply() instanceof AnswerReply asked) {
                    answerThread = threadTs != null ? threadTs : messageTs;
                    threads.remember(channel, answerThread, asked.question());
                }
                replies.inConversation(channel, answerThread, user, answer);
            } else {
                replies.ephemeralInChannel(channel, user, TeamAccess.notEnabled(teamId));
            }
        });
        return ctx.ack();
    }

    private Response buttonPressed(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload pressed = request.getPayload();
        String command = pressed.getActions().get(0).getValue();
        // Link buttons report their click too, without a command.
        if (command == null || command.isBlank() || pressed.getResponseUrl() == null) {
            return ctx.ack();
        }
        String teamId = pressed.getTeam() == null ? null : pressed.getTeam().getId();
        String channel = pressed.getChannel() != null ? pressed.getChannel().getId() : pressed.getContainer().getChannelId();
        String messageTs = pressed.getContainer() == null ? null : pressed.getContainer().getMessageTs();
        String user = pressed.getUser() == null ? null : pressed.getUser().getId();
        String responseUrl = pressed.getResponseUrl();
        run(channel, () -> {
            if (!access.allows(teamId)) {
                replies.ephemeral(responseUrl, channel, TeamAccess.notEnabled(teamId));
                return;
            }
            SlackAnswer answer = answers.answer(teamId, channel, user, command);
            if (answer.navigates()) {
                replies.replacing(responseUrl, channel, messageTs, answer.messages().get(0));
            } else {
                replies.throughResponseUrl(responseUrl, channel, user, answer);
            }
        });
        return ctx.ack();
    }

    private void run(String channel, Runnable task) {
        try {
            workers.execute(task);
        } catch (RejectedExecutionException e) {
            replies.dropped(channel, "all workers busy");
        }
    }

    private void later(CompletableFuture<SlackAnswer> answer, Consumer<SlackAnswer> delivery, String channel) {
        answer.thenAcceptAsync(delivery, workers::execute).exceptionally(e -> {
            LOG.errorf(e, "Slack answer in channel %s could not be delivered", channel);
            replies.dropped(channel, e.getClass().getSimpleName());
            return null;
        });
    }

    private static Optional<SlackAnswer> within(CompletableFuture<SlackAnswer> answer, Duration wait) {
        try {
            return Optional.of(answer.get(wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
