package io.briefbot.chat;

import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Singleton;
import java.util.List;

/** Answers with the chat context a command arrived with; only where a test profile asks for it. */
@IfBuildProperty(name = WhereCommand.ENABLED, stringValue = "true")
@Command(names = WhereCommand.NAME, description = "The chat context a command arrived with.",
        example = "/" + WhereCommand.NAME, listed = false, place = 0)
@Singleton
public class WhereCommand implements ChatCommand {

    public static final String ENABLED = "briefbot.test.where-command";
    public static final String NAME = "where";

    @Override
    public Reply run(String arguments) {
        throw new IllegalStateException("needs the request");
    }

    @Override
    public Reply run(String arguments, ChatRequest request) {
        return new NoticeReply(NoticeReply.Kind.INFO, "chat " + request.chatId() + " topic " + request.threadId()
                + " user " + request.userId(), List.of());
    }
}
