package io.briefbot.chat.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefbot.chat.Commands;
import io.briefbot.chat.DeclaredCommand;
import io.briefbot.chat.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Slack app manifest (deploy/slack/manifest.yml), made from the commands' declarations when the application is
 * built: a slash command for each command listed on Slack and {@value SlackHandlers#BRIEFING} for any of them, the
 * bot scopes briefbot uses, and every request to {@value #EVENTS}.
 */
public final class SlackManifest {

    /** The host operators replace with briefbot's public one. */
    static final String PLACEHOLDER_HOST = "https://briefbot.example.org";
    static final String EVENTS = "/slack/events";
    /** chat.postMessage/postEphemeral/update, users.info (workspace admins), mentions and direct messages, slash commands. */
    static final List<String> BOT_SCOPES = List.of("app_mentions:read", "chat:write", "commands", "files:write", "im:history", "users:read");
    static final List<String> BOT_EVENTS = List.of("app_mention", "message.im");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackManifest() {
    }

    /** @param args the file to write */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, yaml(Commands.declared()));
    }

    static String yaml(Commands commands) {
        String url = quoted(PLACEHOLDER_HOST + EVENTS);
        StringBuilder yaml = new StringBuilder("""
                # Made from briefbot's command declarations at build time (any ./mvnw build); do not edit.
                # Create the Slack app from this manifest with briefbot's public host in place of %s.
                # Socket Mode (SLACK_APP_TOKEN, no public URL): socket_mode_enabled: true and no url or request_url lines.
                display_information:
                  name: "briefbot"
                  description: "The daily briefings in chat: the newest issue, any day's, tags, search and questions."
                  background_color: "#1f3a5f"
                features:
                  app_home:
                    home_tab_enabled: false
                    messages_tab_enabled: true
                    messages_tab_read_only_enabled: false
                  bot_user:
                    display_name: "briefbot"
                    always_online: true
                  slash_commands:
                """.formatted(PLACEHOLDER_HOST));
        slashCommand(yaml, SlackHandlers.BRIEFING, url, "Any briefbot command, as in " + SlackHandlers.BRIEFING + " issue 8 July.",
                "<command> [arguments]");
        for (DeclaredCommand command : commands.listed(Platform.SLACK)) {
            slashCommand(yaml, command.slash(), url, command.description(), command.usage());
        }
        yaml.append("oauth_config:\n  scopes:\n    bot:\n");
        BOT_SCOPES.forEach(scope -> yaml.append("      - ").append(quoted(scope)).append('\n'));
        yaml.append("settings:\n  event_subscriptions:\n    request_url: ").append(url).append("\n    bot_events:\n");
        BOT_EVENTS.forEach(event -> yaml.append("      - ").append(quoted(event)).append('\n'));
        return yaml.append("""
                  interactivity:
                    is_enabled: true
                    request_url: %s
                  org_deploy_enabled: false
                  socket_mode_enabled: false
                  token_rotation_enabled: false
                """.formatted(url)).toString();
    }

    private static void slashCommand(StringBuilder yaml, String command, String url, String description, String usage) {
        yaml.append("    - command: ").append(quoted(command)).append('\n')
                .append("      url: ").append(url).append('\n')
                .append("      description: ").append(quoted(description)).append('\n');
        if (!usage.isEmpty()) {
            yaml.append("      usage_hint: ").append(quoted(usage)).append('\n');
        }
        yaml.append("      should_escape: false\n");
    }

    /** A YAML double-quoted scalar: JSON's string syntax is one. */
    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
