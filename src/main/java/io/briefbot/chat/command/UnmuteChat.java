package io.briefbot.chat.command;

import io.briefbot.chat.Platform;
import io.briefbot.chat.Command;
import io.briefbot.chat.ChatRequest;
import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Mutes;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;

/** /unmute: posts come here again from now on. */
@Command(names = "unmute", place = 20, description = "Posts come here again.", example = "/unmute",
        audience = Command.Audience.CHAT_MANAGERS, platforms = {Platform.SLACK, Platform.TELEGRAM})
@Singleton
class UnmuteChat extends ChatDeliveryCommand {

    private final Mutes mutes;

    UnmuteChat(ChatManagers managers, Mutes mutes) {
        super(managers);
        this.mutes = mutes;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        return info(mutes.unmute(to) ? "Unmuted: daily posts and alerts come here again from now on; what was skipped stays skipped."
                : "This chat is not muted.");
    }
}
