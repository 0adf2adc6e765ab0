package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.KeywordWatches;
import io.briefbot.format.Reply;
import io.briefbot.qa.WatchQuery;
import jakarta.inject.Singleton;

/** /unwatch WORDS: no more alerts for the words here. */
@Command(names = "unwatch", usage = "<words>", place = 17,
        description = "No more alerts for the words here.", example = "/unwatch harbour fees -Hamburg",
        audience = Command.Audience.CHAT_MANAGERS, platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class UnwatchWords extends WatchCommand {

    private final KeywordWatches watches;

    UnwatchWords(ChatManagers managers, KeywordWatches watches) {
        super(managers);
        this.watches = watches;
    }

    @Override
    Reply run(WatchQuery query, ChatRequest request, Destination to) {
        String words = quoted(query);
        return info(watches.unwatch(to, query)
                ? "No more alerts for " + words + " here."
                : "This chat does not watch " + words + "; /watching lists what it does.");
    }
}
