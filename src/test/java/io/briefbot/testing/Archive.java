package io.briefbot.testing;

import io.briefbot.archive.Issue;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Test helper: the archive's state between tests. */
public final class Archive {

    private Archive() {
    }

    public static void clear() {
        QuarkusTransaction.requiringNew().run(() -> Issue.delete("from Issue"));
    }

    public static long issueCount() {
        return QuarkusTransaction.requiringNew().call(() -> Issue.count());
    }
}
