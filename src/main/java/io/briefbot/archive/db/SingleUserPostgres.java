package io.briefbot.archive.db;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs statements in PostgreSQL's single-user mode: no server, no socket, no login, so nobody else can
 * connect meanwhile. Only while no postmaster runs on the folder; one statement a line.
 */
final class SingleUserPostgres {

    private static final long TIMEOUT_SECONDS = 120;

    private SingleUserPostgres() {
    }

    static void run(Path postgres, Path dataDirectory, Path log, List<String> statements) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky runs it: postgres refuses to run as root
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(postgres.toString(), "--single", "-D", dataDirectory.toString(),
                "-c", "exit_on_error=on", // an error ends the run with a non-zero exit
                "-c", "log_min_error_statement=panic", // and the statement it failed on stays out of the log
                "postgres")); // the maintenance database; single-user mode is always the bootstrap superuser
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            try (Writer input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
                for (String statement : statements) {
                    input.write(statement + "\n");
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new EmbeddedDatabaseException("PostgreSQL in single-user mode did not finish within " + TIMEOUT_SECONDS
                        + " s on " + dataDirectory + " (see " + log + ")");
            }
            if (process.exitValue() != 0) {
                throw new EmbeddedDatabaseException("PostgreSQL in single-user mode failed on " + dataDirectory
                        + " (exit " + process.exitValue() + "; see " + log + ")");
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot run PostgreSQL in single-user mode on " + dataDirectory + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while PostgreSQL ran in single-user mode on " + dataDirectory, e);
        }
    }
}
