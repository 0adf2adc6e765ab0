package io.briefbot.chat.command;

import io.briefbot.chat.ChatAdmins;
import io.briefbot.chat.ChatPermissions;
import io.briefbot.chat.ChatRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

/**
 * Who may change what a chat receives: the users in BRIEFBOT_ADMINS, and whoever the chat's platform says manages
 * the chat (its administrators; in a private chat, its user). A platform that cannot say allows admins only.
 */
@Singleton
class ChatManagers {

    private final Instance<ChatPermissions> permissions;
    private final Instance<ChatAdmins> admins;

    ChatManagers(Instance<ChatPermissions> permissions, Instance<ChatAdmins> admins) {
        this.permissions = permissions;
        this.admins = admins;
    }

    boolean mayManage(ChatRequest request) {
        if (request.userId() != null && isAdmin(request)) {
            return true;
        }
        for (ChatPermissions platform : permissions) {
            if (platform.platform() == request.platform()) {
                return platform.mayManage(request);
            }
        }
        return false;
    }

    private boolean isAdmin(ChatRequest request) {
        return admins.stream().anyMatch(platform -> platform.platform() == request.platform() && platform.admins().contains(request.userId()));
    }
}
