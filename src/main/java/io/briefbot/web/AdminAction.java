package io.briefbot.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One request to an admin endpoint, as the audit trail keeps it. Never holds a token. */
@Entity
@Table(name = "admin_action")
public class AdminAction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Instant at;
    public String actor;
    public String remote;
    public String method;
    public String path;
    public String query;
    public int status;

    public static List<AdminAction> newestFirst(int limit) {
        return findAll(Sort.descending("at", "id")).page(0, limit).list();
    }
}
