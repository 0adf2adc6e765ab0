package io.briefbot.chat;

import io.briefbot.format.Action;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final ShowHelp help;

    CommandRouter(Instance<ChatCommand> commands, ShowHelp help) {
        this.help = help;
        for (ChatCommand command : commands) {
            for (String name : command.names()) {
                ChatCommand other = this.commands.putIfAbsent(name, command);
                if (other != null) {
                    throw new IllegalStateException("Both " + other.getClass() + " and " + command.getClass() + " answer /" + name);
                }
            }
        }
    }

    public Reply handle(ChatRequest request) {
        try {
            CommandLine line = CommandLine.parse(request.text());
            if (line.isEmpty()) {
                return help.help();
            }
            ChatCommand command = commands.get(line.name());
            if (command == null) {
                return new NoticeReply(NoticeReply.Kind.INFO, "I don't know the command “" + Buttons.shorten(line.name(), 24)
                        + "”. Send /help to see what I can do.", List.of(HELP));
            }
            return command.run(line.arguments(), request);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Command failed: %s", request);
            return failed(request);
        }
    }

    /**
     * The reply when the command can answer from memory (see {@link ChatCommand#ready}); empty when
     * {@link #handle} is needed, which may read the archive.
     */
    public Optional<Reply> ready(ChatRequest request) {
        try {
            CommandLine line = CommandLine.parse(request.text());
            ChatCommand command = line.isEmpty() ? null : commands.get(line.name());
            return command == null ? Optional.empty() : command.ready(line.arguments());
        } catch (RuntimeException e) {
            // handle() meets the same failure, and reports and answers it.
            return Optional.empty();
        }
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
