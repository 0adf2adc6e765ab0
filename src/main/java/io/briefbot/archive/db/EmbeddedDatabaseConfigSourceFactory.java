package io.briefbot.archive.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource of the embedded PostgreSQL, starting it, whenever no
 * {@code quarkus.datasource.jdbc.url} (QUARKUS_DATASOURCE_JDBC_URL) is configured.
 * Its low ordinal lets any configured URL win.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Quarkus also reads config while building the jar; a URL returned then would be baked in.
        if (ExecutionMode.current() == ExecutionMode.UNSET || isSet(context, "quarkus.datasource.jdbc.url")) {
            return List.of();
        }
        Path dataRoot = Path.of(valueOr(context, "briefbot.data-dir", "data"));
        boolean durable = Boolean.parseBoolean(valueOr(context, "briefbot.embedded-db.durable", "true"));
        String url = EmbeddedPostgresServer.jdbcUrlStartingIfNeeded(dataRoot, durable);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedDatabasePasswords.read(dataRoot).application(),
                "briefbot.embedded-db.active", "true"), "briefbot-embedded-postgres", ORDINAL));
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigSourceContext context, String name, String fallback) {
        return isSet(context, name) ? context.getValue(name).getValue() : fallback;
    }
}
