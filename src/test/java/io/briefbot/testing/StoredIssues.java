package io.briefbot.testing;

import io.briefbot.archive.Issue;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Questions to the archive from a test, each in its own transaction. */
public final class StoredIssues {

    private StoredIssues() {
    }

    /** How many stored issues have an article of this title. */
    public static long withArticleTitled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> Issue.getEntityManager()
                .createQuery("select count(distinct i) from Issue i join i.articles a where a.title = :title", Long.class)
                .setParameter("title", title)
                .getSingleResult());
    }
}
