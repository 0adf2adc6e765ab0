package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Subscriptions;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.util.Optional;

/** /unsubscribe [publication]: no more daily posts here (of that publication, or at all). */
@Command(names = "unsubscribe", usage = "[publication]", place = 10,
        description = "No more daily posts here.", example = "/unsubscribe", audience = Command.Audience.CHAT_MANAGERS,
        platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class Unsubscribe extends ChatDeliveryCommand {

    private final Subscriptions subscriptions;

    Unsubscribe(ChatManagers managers, Subscriptions subscriptions) {
        super(managers);
        this.subscriptions = subscriptions;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        Optional<String> publication = Optional.of(arguments.strip()).filter(named -> !named.isEmpty());
        long ended = subscriptions.unsubscribe(to, publication);
        if (ended == 0) {
            return info(publication.map(named -> "This chat gets no daily post of " + named + ".")
                    .orElse("This chat gets no daily posts.") + " /subscriptions shows what it gets.");
        }
        return info(publication.map(named -> "No more daily posts of " + named + " here.")
                .orElse("No more daily posts here.") + " Tags followed with /follow still come; /following lists them.");
    }
}
