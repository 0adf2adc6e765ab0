package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Subscriptions;
import io.briefbot.delivery.TagFollow;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/** /following: the tags this chat follows. */
@Command(names = "following", place = 15,
        description = "The tags this chat follows.", example = "/following", platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class ListFollows extends ChatDeliveryCommand {

    private final Subscriptions subscriptions;

    ListFollows(ChatManagers managers, Subscriptions subscriptions) {
        super(managers);
        this.subscriptions = subscriptions;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        List<TagFollow> follows = subscriptions.follows(to);
        if (follows.isEmpty()) {
            return info("This chat follows no tags. /follow cyber sends each new article tagged cyber here.");
        }
        return info("This chat follows " + follows.stream().map(follow -> "#" + follow.tag).collect(Collectors.joining(", "))
                + ". /unfollow stops one.");
    }
}
