package io.briefbot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every environment variable briefbot (or its docker-compose file) reads is in .env.example and in the settings page's table, and nothing else is. */
class SettingsDocumentedTest {

    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern GETENV = Pattern.compile("getenv\\(\"([A-Z][A-Z0-9_]*)\"\\)");
    private static final Pattern EXAMPLE_LINE = Pattern.compile("(?m)^#?\\s*([A-Z][A-Z0-9_]*)=");
    private static final Pattern SETTING_NAME = Pattern.compile("`([A-Z][A-Z0-9_]{2,})`");

    @Test
    void everySettingTheCodeReadsIsDocumented() throws IOException {
        Set<String> read = readByTheCode();
        assertThat(read).as("settings read by the code").contains("BRIEFBOT_HTTP_PORT", "SLACK_BOT_TOKEN", "TELEGRAM_BOT_TOKEN");
        assertThat(example()).containsAll(read);
        assertThat(settingsPage()).containsAll(read);
    }

    @Test
    void everyDocumentedSettingIsRead() throws IOException {
        Set<String> read = readByTheCode();
        Set<String> unread = new TreeSet<>(example());
        unread.removeAll(read);
        unread.removeIf(name -> name.startsWith("QUARKUS_"));
        assertThat(unread).as("documented in .env.example but read by nothing").isEmpty();
        assertThat(settingsPage()).containsAll(example());
    }

    private static Set<String> readByTheCode() throws IOException {
        Set<String> names = all(Files.readString(Path.of("src/main/resources/application.properties")), PROPERTY_REFERENCE);
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                names.addAll(all(Files.readString(source), GETENV));
            }
        }
        names.addAll(all(Files.readString(Path.of("deploy", "docker-compose.yml")), PROPERTY_REFERENCE));
        return names;
    }

    private static Set<String> example() throws IOException {
        return all(Files.readString(Path.of(".env.example")), EXAMPLE_LINE);
    }

    private static Set<String> settingsPage() throws IOException {
        return all(Files.readString(Path.of("docs", "operating", "settings.md")), SETTING_NAME);
    }

    private static Set<String> all(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
