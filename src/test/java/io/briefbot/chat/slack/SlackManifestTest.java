package io.briefbot.chat.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.briefbot.chat.Commands;
import io.briefbot.chat.DeclaredCommand;
import io.briefbot.chat.Platform;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** deploy/slack/manifest.yml as the build writes it: the commands' declarations, in the fields Slack's manifest schema has. */
class SlackManifestTest {

    static final Path MANIFEST = Path.of("deploy", "slack", "manifest.yml");

    /** The fields of Slack's app manifest schema that a bot of this kind may use, per object. */
    private static final Map<String, Set<String>> SCHEMA = Map.of(
            "", Set.of("_metadata", "display_information", "features", "oauth_config", "settings"),
            "/display_information", Set.of("name", "description", "long_description", "background_color"),
            "/features", Set.of("app_home", "bot_user", "shortcuts", "slash_commands", "unfurl_domains"),
            "/features/app_home", Set.of("home_tab_enabled", "messages_tab_enabled", "messages_tab_read_only_enabled"),
            "/features/bot_user", Set.of("display_name", "always_online"),
            "/oauth_config", Set.of("scopes", "redirect_urls"),
            "/oauth_config/scopes", Set.of("bot", "user"),
            "/settings", Set.of("allowed_ip_address_ranges", "event_subscriptions", "interactivity", "org_deploy_enabled",
                    "socket_mode_enabled", "token_rotation_enabled"),
            "/settings/event_subscriptions", Set.of("request_url", "bot_events", "user_events"),
            "/settings/interactivity", Set.of("is_enabled", "request_url", "message_menu_options_url"));
    private static final Set<String> SLASH_COMMAND = Set.of("command", "url", "description", "usage_hint", "should_escape");

    private final JsonNode manifest = read(MANIFEST);
    private final List<DeclaredCommand> onSlack = Commands.declared().listed(Platform.SLACK);

    @Test
    void everyCommandListedOnSlackIsASlashCommandWithItsDescriptionAndUsage() {
        JsonNode slash = manifest.at("/features/slash_commands");
        assertThat(onSlack).isNotEmpty();
        assertThat(slash).hasSize(onSlack.size() + 1);
        assertThat(slash.get(0).path("command").asText()).isEqualTo(SlackHandlers.BRIEFING);
        for (int i = 0; i < onSlack.size(); i++) {
            DeclaredCommand declared = onSlack.get(i);
            JsonNode command = slash.get(i + 1);
            assertThat(command.path("command").asText()).isEqualTo(declared.slash());
            assertThat(command.path("description").asText()).isEqualTo(declared.description());
            assertThat(command.path("usage_hint").asText("")).isEqualTo(declared.usage());
        }
    }

    @Test
    void everyRequestGoesToTheEventsRouteOfThePlaceholderHost() {
        String events = "https://briefbot.example.org/slack/events";
        manifest.at("/features/slash_commands").forEach(command -> assertThat(command.path("url").asText()).isEqualTo(events));
        assertThat(manifest.at("/settings/event_subscriptions/request_url").asText()).isEqualTo(events);
        assertThat(manifest.at("/settings/interactivity/request_url").asText()).isEqualTo(events);
        assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/settings/socket_mode_enabled").isBoolean()).isTrue();
        assertThat(manifest.at("/settings/socket_mode_enabled").asBoolean()).isFalse();
    }

    @Test
    void theBotHasTheScopesAndEventsBriefbotUses() {
        assertThat(texts(manifest.at("/oauth_config/scopes/bot")))
                .containsExactlyInAnyOrder("app_mentions:read", "chat:write", "commands", "files:write", "im:history", "users:read");
        assertThat(texts(manifest.at("/settings/event_subscriptions/bot_events"))).containsExactlyInAnyOrder("app_mention", "message.im");
        assertThat(manifest.at("/features/app_home/messages_tab_enabled").asBoolean()).isTrue();
        assertThat(manifest.at("/features/app_home/messages_tab_read_only_enabled").asBoolean()).isFalse();
    }

    @Test
    void onlyFieldsOfSlacksManifestSchemaWithinItsLimits() {
        SCHEMA.forEach((object, fields) -> assertThat(names(object.isEmpty() ? manifest : manifest.at(object))).as(object).isSubsetOf(fields));
        assertThat(manifest.at("/display_information/name").asText()).isNotBlank().hasSizeLessThanOrEqualTo(35);
        assertThat(manifest.at("/display_information/description").asText()).hasSizeLessThanOrEqualTo(140);
        assertThat(manifest.at("/display_information/background_color").asText()).matches("#[0-9a-fA-F]{6}");
        assertThat(manifest.at("/features/bot_user/display_name").asText()).isNotBlank().hasSizeLessThanOrEqualTo(80);
        for (JsonNode command : manifest.at("/features/slash_commands")) {
            assertThat(names(command)).isSubsetOf(SLASH_COMMAND).contains("command", "description");
            assertThat(command.path("command").asText()).matches("/[a-z0-9_-]{1,31}");
            assertThat(command.path("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(2000);
            assertThat(command.path("usage_hint").asText("")).hasSizeLessThanOrEqualTo(1000);
            assertThat(command.path("should_escape").isBoolean()).isTrue();
        }
    }

    static JsonNode read(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file + "; ./mvnw process-classes writes it", e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (Iterator<JsonNode> items = array.elements(); items.hasNext(); ) {
            texts.add(items.next().asText());
        }
        return texts;
    }
}
