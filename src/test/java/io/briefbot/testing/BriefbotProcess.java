package io.briefbot.testing;

import io.briefbot.archive.db.EmbeddedDatabasePasswords;
import io.briefbot.archive.db.EmbeddedPostgresServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged briefbot jar ({@code -Dbriefbot.jar}) running as a child process, its output in a file.
 * Whoever starts one calls {@link #destroyAll} in {@code @AfterEach}.
 */
public final class BriefbotProcess {

    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern HTTP_PORT = Pattern.compile("Listening on: http://[0-9.]+:(\\d+)");
    private static final Pattern MANAGEMENT_PORT = Pattern.compile("Management interface listening on http://[0-9.]+:(\\d+)");
    private static final Pattern PG_PORT = Pattern.compile("Embedded PostgreSQL started on port (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<BriefbotProcess> STARTED = new ArrayList<>();

    private final Process process;
    private final Path dataDir;
    private final Path output;

    private BriefbotProcess(Process process, Path dataDir, Path output) {
        this.process = process;
        this.dataDir = dataDir;
        this.output = output;
    }

    /** Starts briefbot on {@code dataDir} without waiting; {@code env} adds to (or, with null values, removes from) the inherited environment. */
    public static BriefbotProcess launch(Path dataDir, Map<String, String> env, String... arguments) throws IOException {
        Path jar = Path.of(System.getProperty("briefbot.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged briefbot at " + jar + ": run the ITs with ./mvnw verify");
        }
        Files.createDirectories(dataDir);
        Path output;
        synchronized (STARTED) {
            output = dataDir.resolveSibling(dataDir.getFileName() + "-briefbot-" + STARTED.size() + ".log");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Dquarkus.http.port=0", "-Dquarkus.management.port=0", "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        // nothing from the caller's shell may pick the database or the folder
        environment.keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE") || name.startsWith("BRIEFBOT_"));
        environment.put("BRIEFBOT_DATA_DIR", dataDir.toString());
        environment.put("BRIEFBOT_SAMPLE_ARCHIVE", "false");
        env.forEach((name, value) -> {
            if (value == null) {
                environment.remove(name);
            } else {
                environment.put(name, value);
            }
        });
        BriefbotProcess briefbot = new BriefbotProcess(builder.start(), dataDir, output);
        synchronized (STARTED) {
            STARTED.add(briefbot);
        }
        return briefbot;
    }

    /** Runs a task ({@code backfill}, {@code export}, …) on {@code dataDir} to its end; returns it, exited. */
    public static BriefbotProcess runTask(Path dataDir, Map<String, String> env, String... arguments) throws IOException, InterruptedException {
        BriefbotProcess task = launch(dataDir, env, arguments);
        if (task.awaitExit(START_TIMEOUT).isEmpty()) {
            throw new AssertionError("briefbot " + String.join(" ", arguments) + " did not end within " + START_TIMEOUT.toSeconds() + " s:\n"
                    + task.output());
        }
        return task;
    }

    /** Starts briefbot and waits until it listens. */
    public static BriefbotProcess start(Path dataDir, Map<String, String> env) throws IOException, InterruptedException {
        BriefbotProcess briefbot = launch(dataDir, env);
        briefbot.awaitListening();
        return briefbot;
    }

    public void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (find(HTTP_PORT).isEmpty()) {
            if (!process.isAlive()) {
                throw new AssertionError("briefbot exited with " + process.exitValue() + " before listening:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("briefbot did not listen within " + START_TIMEOUT.toSeconds() + " s:\n" + output());
            }
            Thread.sleep(50);
        }
    }

    public int httpPort() {
        return Integer.parseInt(find(HTTP_PORT).orElseThrow(() -> new AssertionError("no HTTP port logged:\n" + output())));
    }

    /** The port of health and metrics. */
    public int managementPort() {
        return Integer.parseInt(find(MANAGEMENT_PORT).orElseThrow(() -> new AssertionError("no management port logged:\n" + output())));
    }

    public int postgresPort() {
        return Integer.parseInt(find(PG_PORT).orElseThrow(() -> new AssertionError("no embedded PostgreSQL port logged:\n" + output())));
    }

    public boolean loggedEmbeddedPostgres() {
        return find(PG_PORT).isPresent();
    }

    /** A connection to the embedded PostgreSQL as briefbot's role, the way an operator would open one: password from the data folder. */
    public Connection connectToEmbeddedDatabase() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort() + "/" + EmbeddedPostgresServer.DATABASE,
                EmbeddedPostgresServer.USER, EmbeddedDatabasePasswords.read(dataDir).application());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(httpPort(), path);
    }

    /** A GET of health or metrics, on the management port. */
    public HttpResponse<String> getManagement(String path) throws IOException, InterruptedException {
        return get(managementPort(), path);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** SIGTERM, then waits for the exit; returns the exit code. */
    public int stopGracefully() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("briefbot did not stop within 60 s of SIGTERM:\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("briefbot survived SIGKILL");
        }
    }

    public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            return "(cannot read " + output + ": " + e.getMessage() + ")";
        }
    }

    private Optional<String> find(Pattern pattern) {
        Matcher matcher = pattern.matcher(output());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The postmaster named in {@code <data>/pg/postmaster.pid}, if it is alive. */
    public static Optional<ProcessHandle> postmasterOf(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("pg/postmaster.pid"));
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every live postgres server process (not its workers) whose command line names a folder under {@code dir}. */
    public static List<ProcessHandle> postgresProcessesUnder(Path dir) {
        return ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> Stream.of(p.info().arguments().orElse(new String[0])).anyMatch(a -> a.startsWith(dir.toString())))
                .toList();
    }

    public static boolean awaitGone(ProcessHandle process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        // a dead orphan may stay a zombie until PID 1 reaps it: it has no command any more
        while (process.isAlive() && process.info().command().isPresent()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(25);
        }
        return true;
    }

    /** Kills every briefbot started here, then any postgres left on their folders or under {@code root}. */
    public static void destroyAll(Path root) throws InterruptedException {
        List<BriefbotProcess> all;
        synchronized (STARTED) {
            all = new ArrayList<>(STARTED);
            STARTED.clear();
        }
        for (BriefbotProcess briefbot : all) {
            briefbot.process.destroyForcibly();
            briefbot.process.waitFor(30, TimeUnit.SECONDS);
        }
        List<ProcessHandle> leftovers = new ArrayList<>(postgresProcessesUnder(root));
        for (BriefbotProcess briefbot : all) {
            postmasterOf(briefbot.dataDir).ifPresent(leftovers::add);
        }
        for (ProcessHandle postgres : leftovers) {
            postgres.destroy(); // SIGTERM: postgres' smart shutdown
        }
        for (ProcessHandle postgres : leftovers) {
            if (!awaitGone(postgres, Duration.ofSeconds(10))) {
                postgres.destroyForcibly();
            }
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
