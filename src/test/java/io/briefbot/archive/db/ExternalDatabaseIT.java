package io.briefbot.archive.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.ExternalPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production: the packaged jar on an external PostgreSQL named by QUARKUS_DATASOURCE_*; nothing embedded starts. */
class ExternalDatabaseIT {

    private static final String DATABASE = "briefbot_prod";
    private static final String USER = "briefbot_app";
    private static final String PASSWORD = "n0t-trusted-Pw";

    @TempDir
    Path temp;

    @AfterEach
    void stopEverything() throws InterruptedException {
        BriefbotProcess.destroyAll(temp);
    }

    @Test
    void migratesAndServesOnTheExternalServerWithoutStartingItsOwn() throws Exception {
        try (ExternalPostgres server = ExternalPostgres.start(temp)) {
            server.asSuperuser("create user " + USER + " with password '" + PASSWORD + "'",
                    "create database " + DATABASE + " owner " + USER);
            Path data = temp.resolve("briefbot-data");

            BriefbotProcess briefbot = BriefbotProcess.start(data, Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", server.jdbcUrl(DATABASE),
                    "QUARKUS_DATASOURCE_USERNAME", USER,
                    "QUARKUS_DATASOURCE_PASSWORD", PASSWORD));

            HttpResponse<String> ready = briefbot.getManagement("/q/health/ready");
            assertThat(ready.statusCode()).as("readiness on %s: %s", server.describe(), ready.body()).isEqualTo(200);
            assertThat(ready.body()).contains("\"UP\"");
            try (Connection connection = server.connect(DATABASE, USER, PASSWORD); Statement statement = connection.createStatement()) {
                assertThat(count(statement, "select count(*) from flyway_schema_history where success")).isPositive();
                assertThat(count(statement, "select count(*) from information_schema.tables"
                        + " where table_schema = 'public' and table_name = 'issue'")).isEqualTo(1);
            }
            assertThat(briefbot.loggedEmbeddedPostgres()).as("embedded PostgreSQL logged a start").isFalse();
            assertThat(data.resolve("pg")).doesNotExist();
            assertThat(data.resolve("pg.lock")).doesNotExist();
            assertThat(briefbot.handle().descendants().filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)))
                    .as("postgres among briefbot's descendants").isEmpty();
            assertThat(BriefbotProcess.postgresProcessesUnder(data)).as("postgres on briefbot's data folder").isEmpty();

            assertThat(briefbot.stopGracefully()).as("exit code after SIGTERM").isIn(0, 130, 143);
        }
    }

    private static long count(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
