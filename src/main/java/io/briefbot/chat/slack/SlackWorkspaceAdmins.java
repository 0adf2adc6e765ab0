package io.briefbot.chat.slack;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import io.briefbot.chat.ChatAdmins;
import io.briefbot.chat.ChatPermissions;
import io.briefbot.chat.ChatRequest;
import io.briefbot.chat.Platform;
import io.briefbot.chat.RememberedAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * In a direct message (channel id D…) the user manages it; in channels the workspace's admins and owners do,
 * as users.info says (is_admin, is_owner; remembered for a minute; needs the users:read scope). Slack tells
 * apps nothing about channel managers, so channel members who are not workspace admins need BRIEFBOT_ADMINS.
 * When Slack cannot say, the answer is no.
 */
@ApplicationScoped
public class SlackWorkspaceAdmins implements ChatPermissions {

    private static final Logger LOG = Logger.getLogger(SlackWorkspaceAdmins.class);
    static final Duration REMEMBERED_FOR = Duration.ofMinutes(1);

    private final SlackSender sender;
    private final RememberedAnswers<String> admins;

    public SlackWorkspaceAdmins(SlackSender sender, Clock clock) {
        this.sender = sender;
        this.admins = new RememberedAnswers<>(REMEMBERED_FOR, clock);
    }

    /** BRIEFBOT_ADMINS, for the chat core. */
    @Produces
    @Singleton
    static ChatAdmins admins(SlackSettings settings) {
        return new ChatAdmins(Platform.SLACK, settings.admins().orElse(Set.of()));
    }

    @Override
    public Platform platform() {
        return Platform.SLACK;
    }

    @Override
    public boolean mayManage(ChatRequest request) {
        if (request.userId() == null || request.chatId() == null) {
            return false;
        }
        if (request.chatId().startsWith("D")) {
            return true;
        }
        return admins.answer(request.workspace() + "/" + request.userId(), () -> ask(request.userId()));
    }

    private Optional<Boolean> ask(String userId) {
        try {
            UsersInfoResponse info = sender.methods().usersInfo(r -> r.user(userId));
            if (!info.isOk() || info.getUser() == null) {
                LOG.warnf("Slack users.info for %s failed (%s); not letting them manage the channel", userId, info.getError());
                return Optional.empty();
            }
            return Optional.of(info.getUser().isAdmin() || info.getUser().isOwner());
        } catch (IOException | SlackApiException | RuntimeException e) {
            LOG.warnf("Slack users.info for %s failed (%s: %s); not letting them manage the channel", userId,
                    e.getClass().getSimpleName(), e.getMessage());
            return Optional.empty();
        }
    }
}
