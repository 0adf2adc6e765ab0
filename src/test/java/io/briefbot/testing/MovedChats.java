package io.briefbot.testing;

import io.briefbot.delivery.ChatMoved;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The chat moves outlets announced, for tests to look at. */
@Singleton
public class MovedChats {

    private final List<ChatMoved> moves = new CopyOnWriteArrayList<>();

    void moved(@Observes ChatMoved move) {
        moves.add(move);
    }

    public List<ChatMoved> all() {
        return List.copyOf(moves);
    }
}
