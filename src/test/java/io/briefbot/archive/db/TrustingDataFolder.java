package io.briefbot.archive.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * A data folder as briefbot made it before its database asked for passwords: zonky's defaults ({@code initdb
 * -A trust}, superuser {@code postgres} without a password), briefbot's database and Flyway's migrations
 * created by that superuser, so that it owns everything in it.
 */
final class TrustingDataFolder {

    private TrustingDataFolder() {
    }

    /** Makes the folder, runs {@code statements} in briefbot's database as the superuser, and stops the server. */
    static void create(Path dataRoot, String... statements) throws IOException, SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataRoot.resolve("pg"))
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create database " + EmbeddedPostgresServer.DATABASE + " encoding 'UTF8' template template0");
            }
            Flyway.configure().dataSource(postgres.getDatabase(EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.DATABASE))
                    .locations("classpath:db/migration").load().migrate();
            try (Connection connection = postgres.getDatabase(EmbeddedPostgresServer.SUPERUSER, EmbeddedPostgresServer.DATABASE).getConnection();
                 Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
        }
    }
}
