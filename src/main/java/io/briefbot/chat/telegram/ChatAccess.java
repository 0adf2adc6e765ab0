package io.briefbot.chat.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which chats may use the bot (BRIEFBOT_TELEGRAM_CHATS), and which were already told they may not. */
@ApplicationScoped
public class ChatAccess {

    private static final String EVERY_CHAT = "*";

    private final Set<String> allowed;
    private final RecentKeys<Long> refused = new RecentKeys<>(10_000);

    public ChatAccess(TelegramConfig config) {
        this.allowed = config.chats().orElse(Set.of()).stream().map(String::trim).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(long chatId) {
        return allowed.contains(EVERY_CHAT) || allowed.contains(Long.toString(chatId));
    }

    /** Why posts to the chat may not go out, or empty when they may. */
    Optional<String> refusal(long chatId) {
        return allows(chatId) ? Optional.empty() : Optional.of("chat " + chatId + " is not in BRIEFBOT_TELEGRAM_CHATS");
    }

    /** True only the first time a chat is refused, so that it hears the reason once. */
    boolean firstRefusal(long chatId) {
        return refused.add(chatId);
    }
}
