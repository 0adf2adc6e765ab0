package io.briefbot.testing;

import io.briefbot.archive.db.EmbeddedDatabasePasswords;
import io.briefbot.archive.db.EmbeddedPostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Plain JDBC to the tests' embedded PostgreSQL, for tests that launch the application as a
 * command and so cannot inject anything. The server outlives each launch.
 */
public final class ArchiveDatabase {

    private ArchiveDatabase() {
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        Path dataRoot = Path.of(System.getProperty("briefbot.data-dir", "target/test-data"));
        String url = Optional.ofNullable(System.getProperty(EmbeddedPostgresServer.urlProperty(dataRoot)))
                .orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL is not running"));
        return DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedDatabasePasswords.read(dataRoot).application());
    }
}
