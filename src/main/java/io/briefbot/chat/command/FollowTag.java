package io.briefbot.chat.command;

import io.briefbot.briefing.ArticlePage;
import io.briefbot.briefing.BriefingService;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Command;
import io.briefbot.chat.Platform;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Subscriptions;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;

/** /follow TAG: every newly ingested article with the tag comes here at once. */
@Command(names = "follow", usage = "<tag>", place = 13,
        description = "Each new article with the tag, here, as soon as it is in; chat admins only.", example = "/follow cyber",
        audience = Command.Audience.CHAT_MANAGERS, platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class FollowTag extends ChatDeliveryCommand {

    static final int MAX_TAG_CHARS = 100;

    private final Subscriptions subscriptions;
    private final BriefingService briefings;

    FollowTag(ChatManagers managers, Subscriptions subscriptions, BriefingService briefings) {
        super(managers);
        this.subscriptions = subscriptions;
        this.briefings = briefings;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        String tag = arguments.strip().replaceFirst("^#", "");
        if (tag.isEmpty() || tag.length() > MAX_TAG_CHARS) {
            return info("Which tag? As in /follow cyber; /tags shows the most used ones.");
        }
        if (!subscriptions.follow(to, request.workspace(), tag, request.userId())) {
            return info("This chat already follows #" + tag + ".");
        }
        String followed = "Following #" + tag + ": each new article with the tag comes here as soon as it is in.";
        ArticlePage known = briefings.byTag(tag, 0, 1);
        if (known.total() > 0 || known.suggestions().isEmpty()) {
            return info(followed);
        }
        return info(followed + " No article has the tag yet; did you mean " + String.join(", ", known.suggestions()) + "?");
    }
}
