package io.briefbot.archive.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * After the start, as the superuser: the role briefbot connects as ({@link EmbeddedPostgresServer#USER}, no
 * superuser, so no {@code COPY ... TO PROGRAM}) gets its password and owns briefbot's database and everything
 * in it. A folder made before the database asked for passwords has it all owned by the superuser, Flyway's
 * history included; each start hands over whatever the superuser still owns there.
 */
final class ApplicationRole {

    private static final Logger LOG = Logger.getLogger(ApplicationRole.class);
    private static final String ROLE = EmbeddedPostgresServer.USER;

    /** The superuser (bootstrap) cannot be named in REASSIGN OWNED, so each object is altered. */
    private static final String HAND_OVER_OBJECTS = """
            do $$
            declare
                object record;
            begin
                -- tables first: their own sequences (serial, identity), indexes and row types follow them
                for object in
                    select c.oid::regclass as name, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where c.relowner = '%1$s'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'f')
                      and n.nspname not in ('pg_catalog', 'information_schema')
                loop
                    execute format('alter %%s %%s owner to %2$s', case object.relkind when 'v' then 'view'
                        when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end, object.name);
                end loop;
                for object in
                    select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where c.relowner = '%1$s'::regrole and c.relkind = 'S' and n.nspname not in ('pg_catalog', 'information_schema')
                loop
                    execute format('alter sequence %%s owner to %2$s', object.name);
                end loop;
                for object in
                    select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                    where p.proowner = '%1$s'::regrole and p.prokind in ('f', 'p', 'w')
                      and n.nspname not in ('pg_catalog', 'information_schema')
                loop
                    execute format('alter routine %%s owner to %2$s', object.name);
                end loop;
                for object in
                    select t.oid::regtype as name, t.typtype from pg_type t join pg_namespace n on n.oid = t.typnamespace
                    where t.typowner = '%1$s'::regrole and t.typtype in ('d', 'e', 'r')
                      and n.nspname not in ('pg_catalog', 'information_schema')
                loop
                    execute format('alter %%s %%s owner to %2$s', case object.typtype when 'd' then 'domain' else 'type' end, object.name);
                end loop;
                for object in
                    select nspname as name from pg_namespace
                    where nspowner = '%1$s'::regrole and nspname not like 'pg\\_%%' and nspname <> 'information_schema'
                loop
                    execute format('alter schema %%I owner to %2$s', object.name);
                end loop;
            end $$""".formatted(EmbeddedPostgresServer.SUPERUSER, ROLE);

    private ApplicationRole() {
    }

    static void setUp(EmbeddedPostgres postgres, String password) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            if (!exists(statement, "select from pg_roles where rolname = '" + ROLE + "'")) {
                statement.execute("create role " + ROLE);
                LOG.infof("Embedded PostgreSQL: created the role %s; briefbot connects as it from now on", ROLE);
            }
            statement.execute("alter role " + ROLE + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            statement.execute(RequirePasswords.setPassword(ROLE, password));
            if (!exists(statement, "select from pg_database where datname = '" + EmbeddedPostgresServer.DATABASE + "'")) {
                statement.execute("create database " + EmbeddedPostgresServer.DATABASE + " owner " + ROLE
                        + " encoding 'UTF8' template template0");
            }
            statement.execute("alter database " + EmbeddedPostgresServer.DATABASE + " owner to " + ROLE);
        }
        try (Connection connection = postgres.getDatabase(EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(HAND_OVER_OBJECTS);
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }
}
