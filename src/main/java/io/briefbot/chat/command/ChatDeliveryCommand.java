package io.briefbot.chat.command;

import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.DeclaredCommand;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.Destination;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import java.util.List;
import java.util.Locale;

/**
 * A command about what the chat it is sent in receives (daily posts, tag alerts): for Slack and Telegram chats,
 * a Telegram forum topic being a chat of its own. Commands that change something are declared for chat managers.
 */
abstract class ChatDeliveryCommand implements ChatCommand {

    static final String NOT_HERE = "Daily posts and tag alerts are for Slack channels and Telegram chats; "
            + "the console only previews answers.";
    static final String DENIED = "Only this chat's admins can change what it receives.";

    private final ChatManagers managers;
    private final DeclaredCommand declared = DeclaredCommand.of(getClass());

    ChatDeliveryCommand(ChatManagers managers) {
        this.managers = managers;
    }

    abstract Reply run(String arguments, ChatRequest request, Destination to);

    @Override
    public final Reply run(String arguments) {
        throw new UnsupportedOperationException(declared.slash() + " needs the chat it was sent in");
    }

    @Override
    public final Reply run(String arguments, ChatRequest request) {
        if (!declared.worksOn(request.platform())) {
            return request.platform() == Platform.CONSOLE ? preview(arguments) : info(NOT_HERE);
        }
        if (declared.audience() == Command.Audience.CHAT_MANAGERS && !managers.mayManage(request)) {
            return new NoticeReply(NoticeReply.Kind.DENIED, DENIED, List.of());
        }
        return run(arguments, request, destination(request));
    }

    /** The console's answer: it has no chat to deliver to, so that these are for Slack and Telegram, or a preview. */
    Reply preview(String arguments) {
        return info(NOT_HERE);
    }

    static Destination destination(ChatRequest request) {
        String thread = request.threadId() == null || request.threadId().isBlank() ? null : request.threadId();
        return new Destination(request.platform().name().toLowerCase(Locale.ROOT), request.chatId(), thread);
    }

    static NoticeReply info(String text) {
        return new NoticeReply(NoticeReply.Kind.INFO, text, List.of());
    }
}
