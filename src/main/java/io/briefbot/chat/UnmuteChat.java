package io.briefbot.chat;

import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Mutes;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;
import java.util.Set;

/** /unmute: posts come here again from now on. */
@Singleton
class UnmuteChat extends ChatDeliveryCommand {

    private final Mutes mutes;

    UnmuteChat(ChatManagers managers, Mutes mutes) {
        super(managers);
        this.mutes = mutes;
    }

    @Override
    public Set<String> names() {
        return Set.of("unmute");
    }

    @Override
    boolean changes() {
        return true;
    }

    @Override
    Reply run(String arguments, ChatRequest request, Destination to) {
        return info(mutes.unmute(to) ? "Unmuted: daily posts and alerts come here again from now on; what was skipped stays skipped."
                : "This chat is not muted.");
    }
}
