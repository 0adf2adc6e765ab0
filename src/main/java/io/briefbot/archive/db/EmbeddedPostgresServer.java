package io.briefbot.archive.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL 17 that briefbot runs itself when no external database is configured.
 * Data lives in {@code <dataRoot>/pg}; one server per JVM, shared by every Quarkus start in it.
 * Every login needs a password (see {@link EmbeddedDatabasePasswords}); briefbot connects as a role
 * of its own, not as the superuser.
 */
public final class EmbeddedPostgresServer {

    public static final String DATABASE = "briefbot";
    /** The role briefbot connects as: it owns briefbot's database and is no superuser. */
    public static final String USER = "briefbot";
    public static final String SUPERUSER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class);
    private static EmbeddedPostgresServer running;

    private final EmbeddedPostgres postgres;
    private final DataDirectoryLock lock;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DataDirectoryLock lock, Path dataDirectory) {
        this.postgres = postgres;
        this.lock = lock;
        this.dataDirectory = dataDirectory;
    }

    /**
     * The JDBC URL of the server on {@code dataRoot}, starting it unless this JVM already runs it.
     * The URL is remembered in a system property because Quarkus gives each restart (a test profile,
     * a command launch) a new class loader, where this class's static state starts empty.
     *
     * @param durable false only for throwaway test data: turns fsync off
     */
    public static synchronized String jdbcUrlStartingIfNeeded(Path dataRoot, boolean durable) {
        Path root = dataRoot.toAbsolutePath().normalize();
        String remembered = System.getProperty(urlProperty(root));
        if (remembered != null) {
            return remembered;
        }
        running = start(root, durable);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stopRunning, "embedded-postgres-stop"));
        System.setProperty(urlProperty(root), running.jdbcUrl());
        return running.jdbcUrl();
    }

    /** The system property holding the URL of this JVM's server on {@code dataRoot}, while it runs. */
    public static String urlProperty(Path dataRoot) {
        return "briefbot.embedded-db.url@" + dataRoot.toAbsolutePath().normalize();
    }

    private static EmbeddedPostgresServer start(Path dataRoot, boolean durable) {
        Path dataDirectory = dataRoot.resolve("pg");
        createDirectories(dataRoot);
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataRoot.resolve("pg.lock"), dataDirectory);
        try {
            OrphanedPostgres.clear(dataDirectory);
            long started = System.nanoTime();
            EmbeddedDatabasePasswords passwords = EmbeddedDatabasePasswords.readOrCreate(dataRoot);
            EmbeddedPostgres postgres = startPostgres(dataRoot, durable, passwords);
            try {
                ApplicationRole.setUp(postgres, passwords.application());
            } catch (SQLException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            LOG.infof("Embedded PostgreSQL started on port %d with data in %s (%d ms)",
                    postgres.getPort(), dataDirectory, (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedPostgresServer(postgres, lock, dataDirectory);
        } catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            if (e instanceof EmbeddedDatabaseException known) {
                throw known;
            }
            throw new EmbeddedDatabaseException("Cannot start the embedded PostgreSQL in " + dataDirectory
                    + " (see " + dataRoot.resolve("pg.log") + "): " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgres startPostgres(Path dataRoot, boolean durable, EmbeddedDatabasePasswords passwords) throws IOException {
        PostgresBinaries binaries = PostgresBinaries.in(dataRoot);
        Path log = dataRoot.resolve("pg.log");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver(binaries)
                .setOverrideWorkingDirectory(binaries.workingDirectory())
                .setDataDirectory(dataRoot.resolve("pg"))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("max_connections", "60")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                // after initdb (whose pg_hba.conf trusts everyone), before the postmaster starts
                .setDataDirectoryCustomizer(folder -> RequirePasswords.before(binaries, folder.toPath(), passwords, log))
                // zonky's own readiness check logs in as the superuser
                .setConnectConfig("password", passwords.superuser())
                .start();
        binaries.rememberUnpacked();
        return postgres;
    }

    private String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    /** Stops postgres after everything else in the JVM: called from a shutdown hook or by tests. */
    public static synchronized void stopRunning() {
        if (running == null) {
            return;
        }
        QuarkusShutdown.awaitCompletion();
        System.clearProperty(urlProperty(running.dataDirectory.getParent()));
        try {
            running.postgres.close();
        } catch (IOException e) {
            LOG.warnf("Embedded PostgreSQL did not stop cleanly: %s", e.getMessage());
        } finally {
            running.lock.close();
            running = null;
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
