package io.briefbot.chat;

/**
 * Who may change what a chat receives, as the chat's platform sees it. Each platform adapter provides one;
 * BRIEFBOT_ADMINS is checked by the commands themselves.
 */
public interface ChatPermissions {

    Platform platform();

    /** True for the chat's administrators, and for the user of a private chat. May ask the platform. */
    boolean mayManage(ChatRequest request);
}
