package io.briefbot.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables an export carries, parents before children, and what each column is. A table the list does not
 * know makes export and import fail, so that a new table is never silently left out of a backup.
 */
final class ArchiveTables {

    static final List<String> IN_ORDER = List.of("issue", "article", "feed", "feed_entry", "mailbox_message", "subscription", "tag_follow",
            "chat_watch", "weekly_digest", "delivery", "admin_action");
    // send_slot: the platforms' pace of the last seconds, shared by replicas (see Pacer), nothing to restore;
    // chat_mute: a pause of days at most, not carried over: a restored chat is unmuted
    private static final Set<String> NOT_DATA = Set.of("flyway_schema_history", "send_slot", "chat_mute");

    record Column(String name, String type, boolean array) {
    }

    private ArchiveTables() {
    }

    static void checkComplete(Connection db) throws SQLException {
        Set<String> unknown = new TreeSet<>();
        try (Statement query = db.createStatement();
             ResultSet tables = query.executeQuery("select table_name from information_schema.tables"
                     + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
            while (tables.next()) {
                unknown.add(tables.getString(1));
            }
        }
        unknown.removeAll(IN_ORDER);
        unknown.removeAll(NOT_DATA);
        if (!unknown.isEmpty()) {
            throw new SQLException("tables " + unknown + " are not in the export; add them to ArchiveTables.IN_ORDER");
        }
    }

    /** The columns a row is written with: generated ones are left to the database. */
    static Map<String, Column> columns(Connection db, String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        try (var query = db.prepareStatement("select column_name, udt_name, data_type from information_schema.columns"
                + " where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    boolean array = "ARRAY".equals(rows.getString(3));
                    String type = array ? rows.getString(2).substring(1) : rows.getString(2);
                    columns.put(rows.getString(1), new Column(rows.getString(1), type, array));
                }
            }
        }
        return columns;
    }

    static String schemaVersion(Connection db) throws SQLException {
        try (Statement query = db.createStatement();
             ResultSet version = query.executeQuery("select version from flyway_schema_history where success and version is not null"
                     + " order by installed_rank desc limit 1")) {
            return version.next() ? version.getString(1) : "none";
        }
    }

    static List<String> nonEmpty(Connection db) throws SQLException {
        List<String> filled = new ArrayList<>();
        for (String table : IN_ORDER) {
            try (Statement query = db.createStatement(); ResultSet any = query.executeQuery("select 1 from " + table + " limit 1")) {
                if (any.next()) {
                    filled.add(table);
                }
            }
        }
        return filled;
    }
}
