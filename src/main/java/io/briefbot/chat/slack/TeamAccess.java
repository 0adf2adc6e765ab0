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

    /** @param teamId null when not known: only an unset list admits it */
    public boolean allows(String teamId) {
        return allowed.isEmpty() || teamId != null && allowed.get().contains(teamId);
    }

    /** Why a post to a chat of this team may not go out, or empty when it may. */
    Optional<String> refusal(String teamId) {
        if (allows(teamId)) {
            return Optional.empty();
        }
        return Optional.of(teamId == null
                ? "the chat's Slack team is not known, and BRIEFBOT_SLACK_TEAMS admits only the teams it names"
                : "team " + teamId + " is not in BRIEFBOT_SLACK_TEAMS");
    }

    static String notEnabled(String teamId) {
        return "briefbot is not enabled for this workspace (team " + teamId + "). "
                + "An admin must add its team id to BRIEFBOT_SLACK_TEAMS.";
    }
}
