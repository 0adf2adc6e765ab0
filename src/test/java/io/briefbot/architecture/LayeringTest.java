package io.briefbot.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Capabilities are layered bottom-up; a package imports only its own layer and those below,
 * so nothing imports chat, there are no circles, and a new platform is one more adapter.
 */
class LayeringTest {

    private static final Map<String, Integer> LAYERS = Map.of(
            "common", 0, "archive", 1, "ingest", 2, "briefing", 3, "qa", 4,
            "format", 5, "delivery", 6, "chat", 7, "cli", 8);
    private static final Pattern PACKAGE = Pattern.compile("^package io\\.briefbot\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.briefbot\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern CHAT_PACKAGE = Pattern.compile("^package io\\.briefbot\\.chat(?:\\.(\\w+))?;", Pattern.MULTILINE);
    private static final Pattern CHAT_IMPORT = Pattern.compile("^import (?:static )?io\\.briefbot\\.chat\\.([a-z]\\w*)\\.", Pattern.MULTILINE);
    private static final Path CHAT = Path.of("src/main/java/io/briefbot/chat");
    /** The one core class that may use the commands: it runs them. */
    private static final Path ROUTER = CHAT.resolve("CommandRouter.java");

    @Test
    void everyPackageImportsOnlyItsOwnLayerAndThoseBelow() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> sources = sources();
        assertThat(sources).isNotEmpty();
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher own = PACKAGE.matcher(text);
            if (!own.find()) {
                violations.add(source + " is outside the capability packages");
                continue;
            }
            Integer ownLayer = LAYERS.get(own.group(1));
            if (ownLayer == null) {
                violations.add(source + " is in an unknown capability package " + own.group(1));
                continue;
            }
            Matcher imported = IMPORT.matcher(text);
            while (imported.find()) {
                Integer layer = LAYERS.get(imported.group(1));
                if (layer == null || layer > ownLayer) {
                    violations.add(source + " (" + own.group(1) + ") imports io.briefbot." + imported.group(1));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Inside chat: the platform adapters never use each other, the core (the chat package itself) knows no adapter, and
     * the commands (chat.command) are used by the router alone; each adapter contributes what the core needs through
     * the core's interfaces.
     */
    @Test
    void chatAdaptersStayApartAndOnlyTheRouterUsesTheCommands() throws IOException {
        List<String> violations = new ArrayList<>();
        List<Path> sources = sources();
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher own = CHAT_PACKAGE.matcher(text);
            String part = own.find() ? (own.group(1) == null ? "core" : own.group(1)) : "outside chat";
            Matcher imported = CHAT_IMPORT.matcher(text);
            while (imported.find()) {
                String used = imported.group(1);
                boolean allowed = used.equals(part) || used.equals("command") && source.equals(ROUTER);
                if (!allowed) {
                    violations.add(source + " (" + part + ") imports io.briefbot.chat." + used);
                }
            }
        }
        assertThat(sources).anyMatch(source -> source.startsWith(CHAT.resolve("command")));
        assertThat(violations).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/briefbot"))) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
