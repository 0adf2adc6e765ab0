package io.briefbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.BriefbotProcess;
import io.briefbot.testing.ExternalPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Packaged briefbots on one PostgreSQL server of their own, as replicas run in production, and the admin calls the
 * delivery ITs make of them. Delivery passes run only when a test asks for them.
 */
final class Replicas implements AutoCloseable {

    static final String ADMIN = "replicas-admin-token";
    private static final String DATABASE = "briefbot_replicas";
    private static final String USER = "briefbot_app";
    private static final String PASSWORD = "replicas-db-password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path root;
    private final ExternalPostgres postgres;

    private Replicas(Path root, ExternalPostgres postgres) {
        this.root = root;
        this.postgres = postgres;
    }

    static Replicas start(Path root) throws Exception {
        // the server's own user must reach its folder; briefbots and their data stay apart from it
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        ExternalPostgres postgres = ExternalPostgres.start(Files.createDirectories(root.resolve("postgres")));
        postgres.asSuperuser("CREATE USER " + USER + " PASSWORD '" + PASSWORD + "'", "CREATE DATABASE " + DATABASE + " OWNER " + USER);
        return new Replicas(root, postgres);
    }

    /** Starts replica {@code name} (its runner "replica-name") with {@code env} on top, and waits until it listens. */
    BriefbotProcess replica(String name, Map<String, String> env) throws Exception {
        Map<String, String> all = new HashMap<>(env);
        all.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(DATABASE));
        all.put("QUARKUS_DATASOURCE_USERNAME", USER);
        all.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        all.put("BRIEFBOT_ADMIN_TOKEN", ADMIN);
        all.put("BRIEFBOT_INBOX_ENABLED", "false");
        all.put("BRIEFBOT_DELIVERY_ENABLED", "false");
        all.put("BRIEFBOT_DELIVERY_RUNNER", "replica-" + name);
        return BriefbotProcess.start(root.resolve("replicas").resolve(name), all);
    }

    Connection connect() throws SQLException {
        return postgres.connect(DATABASE, USER, PASSWORD);
    }

    /** Stores an issue through {@code replica}'s API, dated {@code day}. */
    static void store(BriefbotProcess replica, String day, String text) throws Exception {
        HttpResponse<String> stored = HTTP.send(admin(replica, "/api/issues?date=" + day).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }

    /** Asks {@code replica} for a delivery pass as if the clock read {@code at}; answers its summary. */
    static CompletableFuture<HttpResponse<String>> run(BriefbotProcess replica, String at) {
        return HTTP.sendAsync(admin(replica, "/api/admin/deliveries/run?at=" + at).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofMinutes(3)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(BriefbotProcess replica, String path) throws Exception {
        return HTTP.send(admin(replica, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder admin(BriefbotProcess replica, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + replica.httpPort() + path)).header("Authorization", "Bearer " + ADMIN);
    }

    @Override
    public void close() throws Exception {
        BriefbotProcess.destroyAll(root.resolve("replicas"));
        postgres.close();
    }
}
