package io.briefbot.qa;

import io.briefbot.archive.Issue;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the database holds, in brief: enough to tell cheaply whether the index still reflects it (count, newest change,
 * sum of ids, so deletions show too), and in full, every issue's version, to bring the index in line.
 */
record ArchiveState(long count, Instant newestChange, long idSum) {

    static final ArchiveState NONE = new ArchiveState(-1, Instant.EPOCH, -1);

    static ArchiveState now() {
        Object[] row = (Object[]) Issue.getEntityManager().createNativeQuery(
                        "select count(*), coalesce(max(updated_at), timestamptz 'epoch'), coalesce(sum(id), 0) from issue")
                .getSingleResult();
        return new ArchiveState(((Number) row[0]).longValue(), toInstant(row[1]), ((Number) row[2]).longValue());
    }

    /** Every stored issue's id and updated_at in epoch milliseconds. */
    static Map<Long, Long> versions() {
        List<?> rows = Issue.getEntityManager().createNativeQuery("select id, updated_at from issue").getResultList();
        Map<Long, Long> versions = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            versions.put(((Number) columns[0]).longValue(), toInstant(columns[1]).toEpochMilli());
        }
        return versions;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
