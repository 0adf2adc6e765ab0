package io.briefbot.chat;

import io.briefbot.chat.command.AskArchive;
import io.briefbot.chat.command.Buttons;
import io.briefbot.chat.command.ShowHelp;
import io.briefbot.format.Action;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Answers a chat command the same way on every platform. Never throws: a failure is logged and
 * answered with an apology, an unknown or empty command with help.
 */
@ApplicationScoped
public class CommandRouter {

    private static final Logger LOG = Logger.getLogger(CommandRouter.class);
    private static final Action HELP = new Action("Help", "/help");

    private final Map<String, ChatCommand> commands = new HashMap<>();
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();
    private final ShowHelp help;
    private final AskArchive ask;
    private final RateLimits limits;
    private final MeterRegistry meters;

    CommandRouter(Instance<ChatCommand> commands, ShowHelp help, AskArchive ask, RateLimits limits, MeterRegistry meters) {
        this.help = help;
        this.ask = ask;
        this.limits = limits;
        this.meters = meters;
        for (Instance.Handle<ChatCommand> handle : commands.handles()) {
            ChatCommand command = handle.get();
            for (String name : DeclaredCommand.of(handle.getBean().getBeanClass()).names()) {
                ChatCommand other = this.commands.putIfAbsent(name, command);
                if (other != null) {
                    throw new IllegalStateException("Both " + other.getClass() + " and " + command.getClass() + " answer /" + name);
                }
            }
        }
    }

    public Reply handle(ChatRequest request) {
        // a null request is no command here; answer() meets it as a failure and apologises
        CommandLine line = CommandLine.parse(request == null ? null : request.text());
        ChatCommand command = line.isEmpty() ? null : commands.get(line.name());
        String name = command == null ? (line.isEmpty() ? "none" : "unknown") : line.name();
        return answer(request, name, "Command failed: %s", () -> {
            if (line.isEmpty()) {
                return help.help();
            }
            if (command == null) {
                return new NoticeReply(NoticeReply.Kind.INFO, "I don't know the command “" + Buttons.shorten(line.name(), 24)
                        + "”. Send /help to see what I can do.", List.of(HELP));
            }
            return command.run(line.arguments(), request);
        });
    }

    /**
     * What someone wrote to the bot in conversation (a direct message, a mention): a command when it starts with one,
     * with or without the slash, else a question to the archive.
     */
    public Reply handleConversation(ChatRequest request) {
        String text = request.text() == null ? "" : request.text().strip();
        CommandLine line = CommandLine.parse(text);
        if (text.startsWith("/") || line.isEmpty() || commands.containsKey(line.name())) {
            return handle(request);
        }
        return handle(new ChatRequest(request.platform(), request.workspace(), request.chatId(), request.userId(), "/ask " + text,
                request.threadId()));
    }

    /**
     * A question asked in reply to an earlier answer (a Slack thread, a Telegram reply), understood in the context of
     * {@code earlierQuestion}. A command typed there is run as itself.
     */
    public Reply handleFollowUp(ChatRequest request, String earlierQuestion) {
        String text = request.text() == null ? "" : request.text().strip();
        if (text.startsWith("/")) {
            return handle(request);
        }
        return answer(request, RateLimits.ASK, "Follow-up question failed: %s", () -> ask.followUp(earlierQuestion, text));
    }

    /**
     * Admits the request under {@code command}'s rate limit and answers it, timing it by platform, command and outcome;
     * a failure is logged with {@code failure} and answered with an apology.
     */
    private Reply answer(ChatRequest request, String command, String failure, Supplier<Reply> answer) {
        long start = System.nanoTime();
        String outcome = "answered";
        try {
            Optional<Duration> wait = limits.admit(request, command);
            if (wait.isPresent()) {
                outcome = "limited";
                return slowDown(wait.get());
            }
            return answer.get();
        } catch (RuntimeException e) {
            outcome = "failed";
            LOG.errorf(e, failure, request);
            return failed(request);
        } finally {
            record(request, command, outcome, start);
        }
    }

    /**
     * The reply when the command can answer from memory (see {@link ChatCommand#ready}); empty when
     * {@link #handle} is needed, which may read the archive.
     */
    public Optional<Reply> ready(ChatRequest request) {
        long start = System.nanoTime();
        Optional<Reply> reply;
        String name;
        try {
            CommandLine line = CommandLine.parse(request.text());
            ChatCommand command = line.isEmpty() ? null : commands.get(line.name());
            reply = command == null ? Optional.empty() : command.ready(line.arguments());
            name = line.name();
        } catch (RuntimeException e) {
            // handle() meets the same failure, and reports and answers it.
            return Optional.empty();
        }
        if (reply.isEmpty()) {
            // handle() answers it, and counts it then
            return reply;
        }
        Optional<Duration> wait = limits.admit(request, name);
        record(request, name, wait.isPresent() ? "limited" : "answered", start);
        return wait.isPresent() ? Optional.of(slowDown(wait.get())) : reply;
    }

    private static Reply slowDown(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new NoticeReply(NoticeReply.Kind.INFO, "You are sending commands faster than I can answer them. "
                + "Please wait " + seconds + (seconds == 1 ? " second" : " seconds") + " and try again.", List.of());
    }

    private void record(ChatRequest request, String command, String outcome, long startNanos) {
        Platform platform = request == null ? null : request.platform();
        timers.computeIfAbsent(new TimerKey(platform, command, outcome), key -> Timer.builder("briefbot.commands")
                        .description("Chat commands answered, by platform, command and outcome")
                        .tag("platform", platform == null ? "unknown" : platform.name().toLowerCase(Locale.ROOT))
                        .tag("command", command)
                        .tag("outcome", outcome)
                        .publishPercentileHistogram()
                        .register(meters))
                .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    /** A timer's tags as they are known per request, found without building a string. */
    private record TimerKey(Platform platform, String command, String outcome) {
    }

    private static Reply failed(ChatRequest request) {
        List<Action> actions = new ArrayList<>();
        if (request != null && request.text() != null && !request.text().isBlank()) {
            Buttons.of("Try again", request.text().strip()).ifPresent(actions::add);
        }
        actions.add(HELP);
        return new NoticeReply(NoticeReply.Kind.ERROR,
                "Sorry, something went wrong while answering that. Please try again in a moment.", actions);
    }
}
