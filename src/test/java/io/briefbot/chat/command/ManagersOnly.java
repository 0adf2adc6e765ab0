package io.briefbot.chat.command;

import io.briefbot.chat.ChatPermissions;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Platform;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * A platform's own answer to "may this user manage this chat", as a test sets it: the managers are the users
 * named here. Alternatives, so that they stand in for the platforms' real checks in {@link DeliveryCommandsProfile}.
 */
abstract class ManagersOnly implements ChatPermissions {

    static final Set<String> MANAGERS = Set.of("manager-1", "U0MANAGER");

    @Override
    public boolean mayManage(ChatRequest request) {
        return MANAGERS.contains(request.userId());
    }

    @Alternative
    @Singleton
    static class OnTelegram extends ManagersOnly {

        @Override
        public Platform platform() {
            return Platform.TELEGRAM;
        }
    }

    @Alternative
    @Singleton
    static class OnSlack extends ManagersOnly {

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }
    }
}
