package io.briefbot.chat.slack;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Which Slack teams may use the bot (BRIEFBOT_SLACK_TEAMS; unset: every team that reaches it). */
@ApplicationScoped
public class TeamAccess {

    private final Optional<Set<String>> allowed;

    public TeamAccess(SlackSettings settings) {
        this.allowed = settings.teams().map(teams -> teams.stream().map(String::trim).filter(team -> !team.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean allows(String teamId) {
        return allowed.isEmpty() || allowed.get().contains(teamId);
    }

    static String notEnabled(String teamId) {
        return "briefbot is not enabled for this workspace (team " + teamId + "). "
                + "An admin must add its team id to BRIEFBOT_SLACK_TEAMS.";
    }
}
