package io.briefbot.chat;

import io.briefbot.chat.slack.SlackSettings;
import io.briefbot.chat.telegram.TelegramConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.Set;

/**
 * Who may change what a chat receives: the users in BRIEFBOT_ADMINS, and whoever the chat's platform says manages
 * the chat (its administrators; in a private chat, its user). A platform that cannot say allows admins only.
 */
@Singleton
class ChatManagers {

    private final Instance<ChatPermissions> permissions;
    private final SlackSettings slack;
    private final TelegramConfig telegram;

    ChatManagers(Instance<ChatPermissions> permissions, SlackSettings slack, TelegramConfig telegram) {
        this.permissions = permissions;
        this.slack = slack;
        this.telegram = telegram;
    }

    boolean mayManage(ChatRequest request) {
        if (request.userId() != null && admins(request.platform()).contains(request.userId())) {
            return true;
        }
        for (ChatPermissions platform : permissions) {
            if (platform.platform() == request.platform()) {
                return platform.mayManage(request);
            }
        }
        return false;
    }

    private Set<String> admins(Platform platform) {
        Optional<Set<String>> admins = switch (platform) {
            case SLACK -> slack.admins();
            case TELEGRAM -> telegram.admins();
            case CONSOLE -> Optional.empty();
        };
        return admins.orElse(Set.of());
    }
}
