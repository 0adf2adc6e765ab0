package io.briefbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot import <file>}: restores an export into an empty database of the same schema version, with
 * the same ids, in one transaction: all of it or, on any error, nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Restores a briefbot export (JSON Lines) into an empty database, all or nothing.")
public class ImportCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int REFUSED = 1;
    static final int FAILED = 2;
    private static final int BATCH = 500;

    @Parameters(index = "0", paramLabel = "<file>", description = "The export to restore.")
    Path file;

    @Spec
    CommandSpec spec;

    private final AgroalDataSource database;
    private final ObjectMapper json = new ObjectMapper();

    public ImportCommand(AgroalDataSource database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println("Not a file: " + file);
            return REFUSED;
        }
        try (Connection db = database.getConnection(); BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            db.setAutoCommit(false);
            try {
                long rows = restore(db, in);
                db.commit();
                spec.commandLine().getOut().printf("Imported %d rows from %s%n", rows, file);
                return OK;
            } catch (Refused e) {
                db.rollback();
                spec.commandLine().getErr().println("Import refused, nothing changed: " + e.getMessage());
                return REFUSED;
            } catch (SQLException | IOException | RuntimeException e) {
                db.rollback();
                spec.commandLine().getErr().println("Import failed, nothing changed: " + e.getMessage());
                return FAILED;
            }
        } catch (SQLException | IOException e) {
            spec.commandLine().getErr().println("Import failed: " + e.getMessage());
            return FAILED;
        }
    }

    private long restore(Connection db, BufferedReader in) throws SQLException, IOException, Refused {
        ArchiveTables.checkComplete(db);
        checkHeader(db, in.readLine());
        List<String> filled = ArchiveTables.nonEmpty(db);
        if (!filled.isEmpty()) {
            throw new Refused("the database is not empty (" + String.join(", ", filled) + " have rows); import into an empty one");
        }
        Map<String, Map<String, ArchiveTables.Column>> columns = new HashMap<>();
        for (String table : ArchiveTables.IN_ORDER) {
            columns.put(table, ArchiveTables.columns(db, table));
        }
        Batch batch = null;
        long rows = 0;
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = parse(line, lineNumber);
            String table = entry.path("table").asText();
            if (!columns.containsKey(table)) {
                throw new Refused("line " + lineNumber + " names an unknown table \"" + table + "\"");
            }
            if (batch == null || !batch.table.equals(table)) {
                if (batch != null) {
                    batch.close();
                }
                batch = new Batch(db, table, columns.get(table));
            }
            batch.add(entry.path("row"), lineNumber);
            rows++;
        }
        if (batch != null) {
            batch.close();
        }
        for (String table : ArchiveTables.IN_ORDER) {
            try (Statement restart = db.createStatement()) {
                restart.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest(coalesce(max(id), 0), 1),"
                        + " max(id) is not null) from " + table);
            }
        }
        return rows;
    }

    private void checkHeader(Connection db, String line) throws SQLException, Refused {
        JsonNode header = line == null ? null : parse(line, 1);
        if (header == null || !ExportCommand.FORMAT.equals(header.path("format").asText()) || header.path("version").asInt() != 1) {
            throw new Refused("the file is not a briefbot export (version 1): its first line is not the export header");
        }
        String schema = ArchiveTables.schemaVersion(db);
        if (!schema.equals(header.path("schema").asText())) {
            throw new Refused("the export has schema version " + header.path("schema").asText() + ", this database " + schema
                    + "; import with the briefbot version that exported it, then upgrade");
        }
    }

    private JsonNode parse(String line, int lineNumber) throws Refused {
        try {
            return json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new Refused("line " + lineNumber + " is not JSON");
        }
    }

    /** Inserts the rows of one table in batches. */
    private static final class Batch implements AutoCloseable {

        private final String table;
        private final List<ArchiveTables.Column> columns;
        private final PreparedStatement insert;
        private final Connection db;
        private int pending;

        Batch(Connection db, String table, Map<String, ArchiveTables.Column> columns) throws SQLException {
            this.db = db;
            this.table = table;
            this.columns = new ArrayList<>(columns.values());
            List<String> values = this.columns.stream()
                    .map(column -> column.array() || "bytea".equals(column.type()) ? "?" : "?::" + column.type()).toList();
            this.insert = db.prepareStatement("insert into " + table + " (" + String.join(", ", columns.keySet()) + ") values ("
                    + String.join(", ", values) + ")");
        }

        void add(JsonNode row, int lineNumber) throws SQLException, Refused {
            for (Iterator<String> names = row.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (columns.stream().noneMatch(column -> column.name().equals(name))) {
                    throw new Refused("line " + lineNumber + ": " + table + " has no column \"" + name + "\"");
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                ArchiveTables.Column column = columns.get(i);
                JsonNode value = row.get(column.name());
                if (value == null || value.isNull()) {
                    insert.setNull(i + 1, java.sql.Types.OTHER);
                } else if (column.array()) {
                    List<String> items = new ArrayList<>();
                    value.forEach(item -> items.add(item.isNull() ? null : item.asText()));
                    insert.setArray(i + 1, db.createArrayOf(column.type(), items.toArray()));
                } else if ("bytea".equals(column.type())) {
                    insert.setBytes(i + 1, Base64.getDecoder().decode(value.asText()));
                } else {
                    insert.setString(i + 1, value.asText());
                }
            }
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
            }
            insert.close();
        }
    }

    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }
}
