package io.briefbot.chat.telegram;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The bot's own username, known once getMe has answered. */
@ApplicationScoped
public class BotIdentity {

    private final AtomicReference<String> username = new AtomicReference<>();

    public Optional<String> username() {
        return Optional.ofNullable(username.get());
    }

    void learned(String botUsername) {
        username.set(botUsername);
    }
}
