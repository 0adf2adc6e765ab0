package io.briefbot.archive.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.BriefbotProcess;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar with its own PostgreSQL: data survives restarts and kill -9; one briefbot per folder. */
class EmbeddedDatabaseIT {

    @TempDir
    Path temp;

    @AfterEach
    void stopEverything() throws InterruptedException {
        BriefbotProcess.destroyAll(temp);
    }

    @Test
    void keepsDataAcrossAGracefulRestart() throws Exception {
        Path data = temp.resolve("data");
        BriefbotProcess first = BriefbotProcess.start(data, Map.of());
        assertReady(first);
        assertDurable(first);
        writeSurvivalRow(first, "graceful");
        ProcessHandle postmaster = BriefbotProcess.postmasterOf(data).orElseThrow();

        first.stopGracefully();
        assertThat(BriefbotProcess.awaitGone(postmaster, Duration.ofSeconds(10)))
                .as("a graceful stop stops postgres too").isTrue();

        BriefbotProcess second = BriefbotProcess.start(data, Map.of());
        assertReady(second);
        assertThat(readSurvivalRows(second)).isEqualTo("graceful");
    }

    @Test
    void recoversFromKillMinus9WithoutLosingCommittedData() throws Exception {
        Path data = temp.resolve("data");
        BriefbotProcess first = BriefbotProcess.start(data, Map.of());
        assertReady(first);
        writeSurvivalRow(first, "killed");
        ProcessHandle postmaster = BriefbotProcess.postmasterOf(data).orElseThrow();

        first.killHard();
        assertThat(postmaster.isAlive()).as("postgres outlives a kill -9 of briefbot, as an orphan").isTrue();
        assertThat(BriefbotProcess.postmasterOf(data)).as("the orphan still holds the folder").contains(postmaster);

        BriefbotProcess second = BriefbotProcess.start(data, Map.of());
        assertReady(second);
        assertThat(second.output()).contains("Stopping orphaned postgres (pid " + postmaster.pid() + ")");
        assertThat(BriefbotProcess.awaitGone(postmaster, Duration.ofSeconds(10))).as("the orphan is gone").isTrue();
        assertThat(readSurvivalRows(second)).isEqualTo("killed");
        ProcessHandle newPostmaster = BriefbotProcess.postmasterOf(data).orElseThrow();
        assertThat(newPostmaster.pid()).isNotEqualTo(postmaster.pid());
        assertThat(BriefbotProcess.postgresProcessesUnder(data)).as("one postmaster on the folder")
                .containsExactly(newPostmaster);
    }

    @Test
    void aSecondBriefbotOnTheSameFolderFailsFastAndTheFirstKeepsServing() throws Exception {
        Path data = temp.resolve("data");
        BriefbotProcess first = BriefbotProcess.start(data, Map.of());
        writeSurvivalRow(first, "first");

        BriefbotProcess second = BriefbotProcess.launch(data, Map.of());
        // "fast" is: it exits instead of waiting for the folder; a JVM start alone takes 15 s and more on a busy host
        Optional<Integer> exit = second.awaitExit(Duration.ofSeconds(60));

        assertThat(exit).as("the second briefbot exits within 60 s; output:%n%s", second.output()).isPresent();
        assertThat(exit.get()).as("exit code").isNotZero();
        assertThat(second.output())
                .contains("Another briefbot is already running on the database folder " + data.resolve("pg"))
                .doesNotContain("Embedded PostgreSQL started");
        assertThat(first.isAlive()).isTrue();
        assertReady(first);
        assertThat(readSurvivalRows(first)).isEqualTo("first");
        assertThat(BriefbotProcess.postgresProcessesUnder(data)).hasSize(1);
    }

    private static void assertReady(BriefbotProcess briefbot) throws Exception {
        HttpResponse<String> response = briefbot.getManagement("/q/health/ready");
        assertThat(response.statusCode()).as("readiness: %s", response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    /** The persistent server must not run with zonky's throwaway-data defaults. */
    private static void assertDurable(BriefbotProcess briefbot) throws SQLException {
        try (Connection connection = briefbot.connectToEmbeddedDatabase(); Statement statement = connection.createStatement()) {
            assertThat(show(statement, "fsync")).isEqualTo("on");
            assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(show(statement, "full_page_writes")).isEqualTo("on");
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet result = statement.executeQuery("show " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void writeSurvivalRow(BriefbotProcess briefbot, String value) throws SQLException {
        try (Connection connection = briefbot.connectToEmbeddedDatabase(); Statement statement = connection.createStatement()) {
            statement.execute("create table survival_check (value text not null)");
            statement.execute("insert into survival_check values ('" + value + "')"); // autocommit: committed on return
        }
    }

    private static String readSurvivalRows(BriefbotProcess briefbot) throws SQLException {
        try (Connection connection = briefbot.connectToEmbeddedDatabase(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select string_agg(value, ',') from survival_check")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
