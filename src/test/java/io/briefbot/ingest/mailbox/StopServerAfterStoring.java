package io.briefbot.ingest.mailbox;

import io.briefbot.ingest.IssueStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The crash point between storing a message and moving it: once armed, runs an action right after the n-th issue
 * is committed, on the thread that stored it, before that thread gets to the move.
 */
@ApplicationScoped
public class StopServerAfterStoring {

    private final AtomicInteger remaining = new AtomicInteger();
    private volatile Runnable action;

    void arm(int afterStored, Runnable then) {
        action = then;
        remaining.set(afterStored);
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) IssueStored stored) {
        if (remaining.get() > 0 && remaining.decrementAndGet() == 0) {
            action.run();
        }
    }
}
