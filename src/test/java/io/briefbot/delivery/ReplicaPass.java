package io.briefbot.delivery;

import io.quarkus.arc.Arc;
import java.time.Duration;
import java.time.Instant;

/**
 * A delivery pass as another replica runs it, under its own runner name: {@link RunDeliveries} lets one pass run at a
 * time in a process, replicas run theirs side by side on the same database.
 */
public final class ReplicaPass {

    private ReplicaPass() {
    }

    public static PassSummary run(String runner, Instant at) {
        int queued = bean(QueueDailyPosts.class).queue(at) + bean(QueueDigests.class).queue(at);
        return PassSummary.of(at, queued, bean(FanOut.class).drain(runner, Duration.ZERO));
    }

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
