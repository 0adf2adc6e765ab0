package io.briefbot.chat.slack;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Slack's settings; the environment variables are mapped in application.properties. */
@ConfigMapping(prefix = "briefbot.slack")
public interface SlackSettings {

    /** SLACK_BOT_TOKEN (xoxb-…); when absent, Slack is off and nothing of it starts. */
    Optional<String> botToken();

    /** SLACK_SIGNING_SECRET: verifies requests to /slack/events; without it that endpoint is off. */
    Optional<String> signingSecret();

    /** SLACK_APP_TOKEN (xapp-…): when set, briefbot also receives requests over a Socket Mode connection. */
    Optional<String> appToken();

    /** SLACK_API_URL: the Web API's base address, ending in a slash. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /**
     * BRIEFBOT_SLACK_TEAMS: the team (workspace) ids that may use the bot. Unset, the bot answers every
     * team that reaches it: a single-workspace app is only reached by its own workspace.
     */
    Optional<Set<String>> teams();

    /** BRIEFBOT_ADMINS: platform user ids of administrators. */
    Optional<Set<String>> admins();

    /** How long a command may take to be answered within Slack's acknowledgement (Slack allows 3 s in all). */
    @WithDefault("2s")
    Duration ackWait();

    default boolean enabled() {
        return botToken().isPresent();
    }

    /** Requests over HTTP need the signing secret to be verified. */
    default boolean httpEnabled() {
        return enabled() && signingSecret().isPresent();
    }

    default boolean socketModeEnabled() {
        return enabled() && appToken().isPresent();
    }
}
