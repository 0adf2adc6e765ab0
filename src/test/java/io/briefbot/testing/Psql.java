package io.briefbot.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Debian's psql as any local account can run it: no password file, and no PGPASSWORD unless one is given. */
public final class Psql {

    private static final Path PROGRAM = ExternalPostgres.DEBIAN_BIN.resolve("psql");

    public record Result(int exitCode, String output) {
    }

    private Psql() {
    }

    /** {@code psql -h <host> -p <port> -U <user> -w -c <sql>} on briefbot's database; {@code password} may be null. */
    public static Result run(String host, int port, String user, String password, String sql) throws IOException, InterruptedException {
        if (!Files.isExecutable(PROGRAM)) {
            throw new IllegalStateException(PROGRAM + " is missing: apt-get install -y postgresql-15 (./test installs it)");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(PROGRAM.toString(), "-h", host, "-p", Integer.toString(port),
                "-U", user, "-d", "briefbot", "-w", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql))
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG"));
        environment.put("PGPASSFILE", "/nonexistent/.pgpass");
        environment.put("PGCONNECT_TIMEOUT", "10");
        if (password != null) {
            environment.put("PGPASSWORD", password);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("psql did not end within 30 s: " + output);
        }
        return new Result(process.exitValue(), output.strip());
    }
}
