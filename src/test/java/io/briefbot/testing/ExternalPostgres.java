package io.briefbot.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of its own standing in for production's: Debian's postgresql-15 (which ./test
 * installs), TCP logins by password. Without it, a zonky server started by this test JVM, with a warning.
 */
public final class ExternalPostgres implements AutoCloseable {

    public static final Path DEBIAN_BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final int port;
    private final Path dataDir;
    private final Path log;
    private final EmbeddedPostgres fallback;

    private ExternalPostgres(int port, Path dataDir, Path log, EmbeddedPostgres fallback) {
        this.port = port;
        this.dataDir = dataDir;
        this.log = log;
        this.fallback = fallback;
    }

    /** @param root a folder for the server's data and log, removed by the caller */
    public static ExternalPostgres start(Path root) throws IOException, InterruptedException {
        if (!Files.isExecutable(DEBIAN_BIN.resolve("pg_ctl"))) {
            System.err.println("WARNING: " + DEBIAN_BIN + " is missing (apt-get install -y postgresql-15);"
                    + " the external server is a zonky PostgreSQL started by the test JVM instead");
            return new ExternalPostgres(0, null, null, EmbeddedPostgres.builder()
                    .setDataDirectory(root.resolve("zonky")).setCleanDataDirectory(true).start());
        }
        // Debian's postgres refuses to run as root: then run it as the postgres user, who must reach the folder
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path server = Files.createDirectories(root.resolve("external"));
        Path dataDir = server.resolve("data");
        Path log = server.resolve("server.log");
        if (isRoot()) {
            run(root, "chown", "-R", "postgres:postgres", server.toString());
        }
        int port = freePort();
        asServerUser(root, DEBIAN_BIN.resolve("initdb") + " -D '" + dataDir + "' -U postgres --auth-local=trust"
                + " --auth-host=scram-sha-256 --no-sync");
        asServerUser(root, DEBIAN_BIN.resolve("pg_ctl") + " -D '" + dataDir + "' -o '-p " + port + " -k /tmp"
                + " -c listen_addresses=127.0.0.1' -l '" + log + "' -w -t 60 start");
        return new ExternalPostgres(port, dataDir, log, null);
    }

    public int port() {
        return fallback != null ? fallback.getPort() : port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Runs SQL as the superuser: over the Unix socket (trusted) for Debian's server. */
    public void asSuperuser(String... statements) throws IOException, InterruptedException, SQLException {
        if (fallback != null) {
            try (Connection connection = fallback.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            return;
        }
        for (String sql : statements) {
            run(dataDir.getParent(), DEBIAN_BIN.resolve("psql").toString(), "-h", "/tmp", "-p", Integer.toString(port),
                    "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", sql);
        }
    }

    public Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (fallback != null) {
            fallback.close();
            return;
        }
        asServerUser(dataDir.getParent(), DEBIAN_BIN.resolve("pg_ctl") + " -D '" + dataDir + "' -m fast -w -t 60 stop");
    }

    private static void asServerUser(Path workDir, String command) throws IOException, InterruptedException {
        if (isRoot()) {
            run(workDir, "su", "postgres", "-s", "/bin/sh", "-c", command);
        } else {
            run(workDir, "/bin/sh", "-c", command);
        }
    }

    private static void run(Path workDir, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(workDir, "command", ".log");
        Process process = new ProcessBuilder(command).directory(Path.of("/tmp").toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + String.join(" ", command) + "\n" + Files.readString(output));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", command)
                    + "\n" + Files.readString(output));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public String describe() {
        return fallback != null ? "zonky PostgreSQL (fallback) on port " + port() : "Debian PostgreSQL 15 on port " + port + ", log " + log;
    }
}
