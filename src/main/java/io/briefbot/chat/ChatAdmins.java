package io.briefbot.chat;

import java.util.Set;

/**
 * The users a platform adapter's settings name administrators of every chat there (BRIEFBOT_ADMINS), as platform user
 * ids. Each adapter produces one.
 */
public record ChatAdmins(Platform platform, Set<String> admins) {
}
