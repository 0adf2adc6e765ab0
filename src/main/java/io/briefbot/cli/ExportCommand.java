package io.briefbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code briefbot export <file>}: the whole archive, subscriptions, follows, delivery ledger and audit trail as
 * JSON Lines, from one consistent snapshot: a header line, then one line a row, parents before children.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the archive, subscriptions and delivery ledger to a JSON Lines file.")
public class ExportCommand implements Callable<Integer> {

    static final String FORMAT = "briefbot-export";
    static final int OK = 0;
    static final int FAILED = 2;

    // A file, not standard output: the log goes there.
    @Parameters(index = "0", paramLabel = "<file>", description = "The file to write.")
    String file;

    @Spec
    CommandSpec spec;

    private final AgroalDataSource database;
    private final ObjectMapper json = new ObjectMapper();

    public ExportCommand(AgroalDataSource database) {
        this.database = database;
    }

    @Override
    public Integer call() {
        // written beside the target and moved in place: a failed export never leaves half a file
        Path target = Path.of(file).toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Connection db = database.getConnection()) {
            db.setAutoCommit(false);
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            db.setReadOnly(true);
            ArchiveTables.checkComplete(db);
            long rows;
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                rows = write(db, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("Exported %d rows to %s%n", rows, target);
            db.rollback();
            return OK;
        } catch (SQLException | IOException e) {
            spec.commandLine().getErr().println("Export failed: " + e.getMessage());
            try {
                Files.deleteIfExists(partial);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            return FAILED;
        }
    }

    private long write(Connection db, Writer out) throws SQLException, IOException {
        ObjectNode header = json.createObjectNode().put("format", FORMAT).put("version", 1)
                .put("schema", ArchiveTables.schemaVersion(db)).put("exportedAt", Instant.now().toString());
        line(out, header);
        long rows = 0;
        for (String table : ArchiveTables.IN_ORDER) {
            Map<String, ArchiveTables.Column> columns = ArchiveTables.columns(db, table);
            try (Statement query = db.createStatement()) {
                query.setFetchSize(500);
                try (ResultSet result = query.executeQuery("select " + String.join(", ", columns.keySet()) + " from " + table + " order by id")) {
                    while (result.next()) {
                        line(out, row(table, columns, result));
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private ObjectNode row(String table, Map<String, ArchiveTables.Column> columns, ResultSet result) throws SQLException {
        ObjectNode values = json.createObjectNode();
        for (ArchiveTables.Column column : columns.values()) {
            if (column.array()) {
                Array array = result.getArray(column.name());
                if (array == null) {
                    values.putNull(column.name());
                } else {
                    ArrayNode items = values.putArray(column.name());
                    for (Object item : (Object[]) array.getArray()) {
                        items.add(item == null ? null : item.toString());
                    }
                }
            } else if ("bytea".equals(column.type())) {
                byte[] bytes = result.getBytes(column.name());
                values.put(column.name(), bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
            } else {
                String text = result.getString(column.name());
                values.put(column.name(), text);
            }
        }
        return json.createObjectNode().put("table", table).set("row", values);
    }

    private void line(Writer out, ObjectNode node) throws IOException {
        out.write(json.writeValueAsString(node));
        out.write('\n');
    }
}
