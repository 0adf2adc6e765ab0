package io.briefbot.chat.slack;

import io.briefbot.delivery.Destination;
import io.briefbot.delivery.Outlet;
import io.briefbot.delivery.Pace;
import io.briefbot.delivery.Posting;
import io.briefbot.format.Reply;
import io.briefbot.format.slack.SlackMessage;
import io.briefbot.format.slack.SlackRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Posts to Slack channels, one Web API call per message (chat.postMessage, chat.update), with no retries of
 * its own; a picture is the upload's three calls (see {@link SlackSender#uploadPicture}), its file id standing for the
 * message. A destination's thread id, when set, is the ts of the thread to post in.
 */
@ApplicationScoped
public class SlackOutlet implements Outlet<SlackMessage> {

    /**
     * Slack allows chat.postMessage about one message a second per channel, with short bursts, and publishes
     * no workspace-wide figure; ten a second over all channels stays clear of its per-app limits.
     */
    static final double MESSAGES_PER_SECOND = 10;
    static final Duration CHANNEL_GAP = Duration.ofSeconds(1);

    /**
     * Errors that are about the channel: the bot cannot post there any more. Token errors (invalid_auth,
     * account_inactive, token_revoked, not_authed) are briefbot's own and hit every channel alike: they
     * fail the post and leave the subscriptions alone.
     */
    private static final Set<String> GONE = Set.of("channel_not_found", "not_in_channel", "is_archived");

    private final SlackSender sender;
    private final SlackRenderer renderer;
    private final TeamAccess access;

    public SlackOutlet(SlackSender sender, SlackRenderer renderer, TeamAccess access) {
        this.sender = sender;
        this.renderer = renderer;
        this.access = access;
    }

    @Override
    public String platform() {
        return "slack";
    }

    @Override
    public Pace pace(Destination to) {
        return new Pace(MESSAGES_PER_SECOND, CHANNEL_GAP);
    }

    @Override
    public Optional<String> refusal(Destination to, String workspace) {
        return access.refusal(workspace);
    }

    @Override
    public List<SlackMessage> render(Destination to, Reply reply) {
        return renderer.render(reply);
    }

    @Override
    public Posting send(Destination to, SlackMessage message) {
        return posting(message.picture() != null ? sender.uploadPictureOnce(to.chatId(), to.threadId(), message)
                : sender.postMessageOnce(to.chatId(), to.threadId(), message));
    }

    @Override
    public Posting edit(Destination to, String messageId, SlackMessage message) {
        return posting(sender.updateOnce(to.chatId(), messageId, message));
    }

    private static Posting posting(SlackSender.Answer answer) {
        return switch (answer.kind()) {
            case OK -> Posting.sent(answer.ts());
            case RATE_LIMITED -> Posting.retryAfter(answer.retryAfter(), answer.error());
            case REFUSED -> GONE.contains(answer.error()) ? Posting.gone(answer.error()) : Posting.failed(answer.error());
            case TRANSIENT -> Posting.failed(answer.error());
        };
    }
}
