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
    private final AskArchive ask;

    CommandRouter(Instance<ChatCommand> commands, ShowHelp help, AskArchive ask) {
        this.help = help;
        this.ask = ask;
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
            return command.run(line.arguments());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Command failed: %s", request);
            return failed(request);
        }
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
        return handle(new ChatRequest(request.platform(), request.workspace(), request.chatId(), request.userId(), "/ask " + text));
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
        try {
            return ask.followUp(earlierQuestion, text);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Follow-up question failed: %s", request);
            return failed(request);
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
