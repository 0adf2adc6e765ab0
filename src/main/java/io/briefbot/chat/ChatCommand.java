package io.briefbot.chat;

import io.briefbot.format.Reply;
import java.util.Optional;

/**
 * One chat command, declared by its {@link Command} annotation. Beans implementing it are found by the router; every
 * name must be unique.
 */
public interface ChatCommand {

    /** @param arguments what followed the command word, trimmed; empty when nothing did */
    Reply run(String arguments);

    /** Commands that act on the chat they were sent in override this one. */
    default Reply run(String arguments, ChatRequest request) {
        return run(arguments);
    }

    /**
     * The reply when it is at hand in memory, so that it can be given on the thread that received the
     * request; empty when it needs the archive (then {@link #run} gives it).
     */
    default Optional<Reply> ready(String arguments) {
        return Optional.empty();
    }
}
