package io.briefbot.common;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One request to an admin endpoint, as the audit trail keeps it, or the refused requests from one address
 * within a minute: {@link #count} of them from {@link #firstAt} to {@link #at}, the last one's request and
 * status. Never holds a token.
 */
@Entity
@Table(name = "admin_action")
public class AdminAction extends PanacheEntityBase {

    static final String UNAUTHENTICATED = "unauthenticated";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;
    @Column(name = "first_at")
    public Instant firstAt;
    public int count = 1;
    public String actor;
    public String remote;
    public String method;
    public String path;
    public String query;
    public int status;

    public static List<AdminAction> newestFirst(int limit) {
        return findAll(Sort.descending("at", "id")).page(0, limit).list();
    }

    /** The row that counts refusals from {@code remote} first made after {@code since}, if there is one. */
    static Optional<AdminAction> refusalsFrom(String remote, Instant since) {
        return find("actor = ?1 and coalesce(remote, '') = ?2 and firstAt > ?3", Sort.descending("firstAt"),
                UNAUTHENTICATED, remote == null ? "" : remote, since).firstResultOptional();
    }

    /** Counts a later refusal from the same address into this row. */
    void countIn(AdminAction refusal) {
        count++;
        at = refusal.at;
        method = refusal.method;
        path = refusal.path;
        query = refusal.query;
        status = refusal.status;
    }
}
