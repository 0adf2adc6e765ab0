package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.ChatWatch;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.KeywordWatches;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/** /watching: the words this chat watches. */
@Command(names = "watching", place = 18,
        description = "The words this chat watches.", example = "/watching", platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class ListWatches extends ChatDeliveryCommand {

    private final KeywordWatches watches;

    ListWatches(ChatManagers managers, KeywordWatches watches) {
        super(managers);
        this.watches = watches;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        List<ChatWatch> watched = watches.of(to);
        if (watched.isEmpty()) {
            return info("This chat watches no words. /watch harbour fees sends each new issue mentioning harbour fees here.");
        }
        return info("This chat watches " + watched.stream().map(watch -> "“" + watch.words + "”").collect(Collectors.joining(", "))
                + " (" + watched.size() + " of " + KeywordWatches.MAX_PER_CHAT + "). /unwatch stops one.");
    }
}
