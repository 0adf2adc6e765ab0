package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.delivery.Destination;
import io.briefbot.format.Reply;
import io.briefbot.qa.WatchQuery;

/** A command about words the chat watches: what it is given is read as a watch, or answered with why it is none. */
abstract class WatchCommand extends ChatDeliveryCommand {

    WatchCommand(ChatManagers managers) {
        super(managers);
    }

    abstract Reply run(WatchQuery watch, ChatRequest request, Destination to);

    @Override
    final Reply run(String arguments, ChatRequest request, Destination to) {
        WatchQuery watch;
        try {
            watch = WatchQuery.parse(arguments);
        } catch (IllegalArgumentException e) {
            return info(e.getMessage());
        }
        return run(watch, request, to);
    }

    static String quoted(WatchQuery watch) {
        return "“" + watch.words() + "”";
    }
}
