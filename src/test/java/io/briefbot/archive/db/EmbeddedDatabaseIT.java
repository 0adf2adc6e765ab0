package io.briefbot.archive.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.FixtureIssues;
import io.briefbot.testing.Psql;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

/**
 * The packaged jar with its own PostgreSQL: data survives restarts and kill -9; one briefbot per folder; no
 * login without a password, and briefbot's own role is no superuser, also on a folder made when the database
 * trusted every local account.
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path temp;

    @AfterEach
    void stopEverything() throws InterruptedException {
        BriefbotProcess.destroyAll(temp);
    }

    @Test
    void keepsDataAcrossAGracefulRestartAndPutsBackAPgHbaChangedMeanwhile() throws Exception {
        Path data = temp.resolve("data");
        BriefbotProcess first = BriefbotProcess.start(data, Map.of());
        assertReady(first);
        assertDurable(first);
        writeSurvivalRow(first, "graceful");
        ProcessHandle postmaster = BriefbotProcess.postmasterOf(data).orElseThrow();

        first.stopGracefully();
        assertThat(BriefbotProcess.awaitGone(postmaster, Duration.ofSeconds(10)))
                .as("a graceful stop stops postgres too").isTrue();
        // the password step is skipped at a restart only while nothing changed
        Path pgHba = data.resolve("pg").resolve("pg_hba.conf");
        Files.writeString(pgHba, "local all all trust\nhost all all 127.0.0.1/32 trust\n");

        BriefbotProcess second = BriefbotProcess.start(data, Map.of());
        assertReady(second);
        assertThat(readSurvivalRows(second)).isEqualTo("graceful");
        assertPasswordsRequired(second);
        assertThat(Files.readString(pgHba)).isEqualTo(RequirePasswords.PG_HBA);
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
        assertPasswordsRequired(second);
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

    @Test
    void everyLoginNeedsAPasswordAndBriefbotsRoleIsNoSuperuser() throws Exception {
        Path data = temp.resolve("data");
        BriefbotProcess briefbot = BriefbotProcess.start(data, Map.of());
        assertReady(briefbot);

        assertPasswordsRequired(briefbot);
        EmbeddedDatabasePasswords passwords = EmbeddedDatabasePasswords.read(data);
        int port = briefbot.postgresPort();
        Psql.Result role = Psql.run("127.0.0.1", port, "briefbot", passwords.application(),
                "select rolsuper from pg_roles where rolname = current_user");
        assertThat(role.exitCode()).as(role.output()).isZero();
        assertThat(role.output()).as("briefbot's role is a superuser").isEqualTo("f");
        Psql.Result program = Psql.run("127.0.0.1", port, "briefbot", passwords.application(), "copy (select 1) to program 'true'");
        assertThat(program.exitCode()).isNotZero();
        assertThat(program.output()).contains("permission denied");
        Psql.Result superuser = Psql.run("127.0.0.1", port, "postgres", passwords.superuser(),
                "select rolsuper from pg_roles where rolname = current_user");
        assertThat(superuser.output()).as("the superuser, with its own password").isEqualTo("t");
        Psql.Result guessed = Psql.run("127.0.0.1", port, "postgres", passwords.application(), "select 1");
        assertThat(guessed.exitCode()).isNotZero();
        assertThat(guessed.output()).contains("password authentication failed");

        assertThat(String.join("\n", briefbot.output(), Files.readString(data.resolve("pg.log"))))
                .as("logs").doesNotContain(passwords.application()).doesNotContain(passwords.superuser());
    }

    @Test
    void upgradesAFolderMadeWhenTheDatabaseTrustedEveryoneAndKeepsItsData() throws Exception {
        Path data = temp.resolve("data");
        String oldTitle = FixtureIssues.uniqueTitle("Trusting times");
        TrustingDataFolder.create(data,
                "insert into issue (publication, edition_date, title, raw_content, content_type, content_hash, source, ingested_at, updated_at)"
                        + " values ('Old.Folder', date '2024-05-02', '" + oldTitle + "', 'x'::bytea, 'text/plain', repeat('a', 64), 'API', now(), now())");

        BriefbotProcess briefbot = BriefbotProcess.start(data, Map.of());
        assertReady(briefbot);
        assertPasswordsRequired(briefbot);
        assertThat(briefbot.get("/api/issues?size=100").body()).contains(oldTitle);
        try (Connection connection = briefbot.connectToEmbeddedDatabase(); Statement statement = connection.createStatement()) {
            assertThat(text(statement, "select string_agg(c.relname, ', ') from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relowner <> 'briefbot'::regrole")).as("objects not owned by briefbot").isNull();
            assertThat(text(statement, "select pg_get_userbyid(relowner) from pg_class where relname = 'flyway_schema_history'"))
                    .isEqualTo("briefbot");
            assertThat(text(statement, "select pg_get_userbyid(datdba) from pg_database where datname = current_database()"))
                    .isEqualTo("briefbot");
        }
        briefbot.stopGracefully();

        String newTitle = FixtureIssues.uniqueTitle("Backfilled after");
        Path issues = Files.createDirectories(temp.resolve("issues"));
        Files.writeString(issues.resolve("issue.txt"), FixtureIssues.text(FixtureIssues.uniqueTopic("Upgrade"), newTitle));
        BriefbotProcess backfill = BriefbotProcess.runTask(data, Map.of(), "backfill", issues.toString());
        assertThat(backfill.awaitExit(Duration.ZERO)).as(backfill.output()).hasValue(0);
        Path export = temp.resolve("export.jsonl");
        BriefbotProcess exported = BriefbotProcess.runTask(data, Map.of(), "export", export.toString());
        assertThat(exported.awaitExit(Duration.ZERO)).as(exported.output()).hasValue(0);
        assertThat(Files.readString(export)).contains(oldTitle).contains(newTitle);

        EmbeddedDatabasePasswords before = EmbeddedDatabasePasswords.read(data);
        Files.delete(data.resolve("pg.passwords"));
        BriefbotProcess again = BriefbotProcess.start(data, Map.of());
        assertReady(again);
        assertPasswordsRequired(again);
        assertThat(again.get("/api/issues?size=100").body()).contains(oldTitle).contains(newTitle);
        EmbeddedDatabasePasswords after = EmbeddedDatabasePasswords.read(data);
        assertThat(after.application()).as("new passwords once the file is deleted").isNotEqualTo(before.application());
        for (String[] old : new String[][] {{"briefbot", before.application()}, {"postgres", before.superuser()}}) {
            Psql.Result refused = Psql.run("127.0.0.1", again.postgresPort(), old[0], old[1], "select 1");
            assertThat(refused.output()).as("%s's old password", old[0]).contains("password authentication failed");
        }
    }

    /** The probe's line, {@code psql -h 127.0.0.1 -p <port> -U postgres -w}, for both roles, over TCP and the Unix socket. */
    private static void assertPasswordsRequired(BriefbotProcess briefbot) throws Exception {
        for (String host : new String[] {"127.0.0.1", "/tmp"}) {
            for (String user : new String[] {"postgres", "briefbot"}) {
                Psql.Result result = Psql.run(host, briefbot.postgresPort(), user, null, "select 1");
                assertThat(result.exitCode()).as("psql -h %s -U %s -w: %s", host, user, result.output()).isNotZero();
                assertThat(result.output()).contains("no password supplied");
            }
        }
        assertThat(Files.getPosixFilePermissions(briefbot.dataDir().resolve("pg.passwords")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    private static String text(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
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
        return text(statement, "show " + setting);
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
