package io.briefbot.chat.command;

import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Subscriptions;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;

/** /unfollow TAG: no more articles with the tag here. */
@Command(names = "unfollow", usage = "<tag>", place = 14,
        description = "No more articles with the tag here.", example = "/unfollow cyber",
        audience = Command.Audience.CHAT_MANAGERS, platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class UnfollowTag extends ChatDeliveryCommand {

    private final Subscriptions subscriptions;

    UnfollowTag(ChatManagers managers, Subscriptions subscriptions) {
        super(managers);
        this.subscriptions = subscriptions;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        String tag = arguments.strip().replaceFirst("^#", "");
        if (tag.isEmpty()) {
            return info("Which tag? As in /unfollow cyber; /following lists the tags this chat follows.");
        }
        return info(subscriptions.unfollow(to, tag)
                ? "No more articles tagged #" + tag + " here."
                : "This chat does not follow #" + tag + "; /following lists the tags it does.");
    }
}
