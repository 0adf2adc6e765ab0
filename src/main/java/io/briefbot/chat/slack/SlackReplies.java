package io.briefbot.chat.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.LayoutBlock;
import io.briefbot.format.slack.SlackMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Delivers rendered answers the ways Slack offers: to a channel, through a response_url (which works in
 * channels the bot is not a member of), or in place of the message whose button was pressed. Blocks the
 * calling thread: run on a worker.
 */
@ApplicationScoped
public class SlackReplies {

    static final String IN_CHANNEL = "in_channel";
    static final String EPHEMERAL = "ephemeral";

    private final SlackSender sender;

    public SlackReplies(SlackSender sender) {
        this.sender = sender;
    }

    /**
     * An answer to something written in a channel or direct message, in its thread; one that is not for everyone in a
     * channel only to {@code user}.
     *
     * @param threadTs the thread to answer in; null for the channel itself
     */
    void inConversation(String channel, String threadTs, String user, SlackAnswer answer) {
        boolean privately = !answer.forEveryone() && !isDirectMessage(channel);
        for (SlackMessage message : answer.messages()) {
            sender.reportIfFailed(privately ? sender.postEphemeral(channel, threadTs, user, message)
                    : post(channel, threadTs, message));
        }
    }

    /** The first message through the response_url, the rest after it: to the channel, or to {@code user} alone. */
    void throughResponseUrl(String responseUrl, String channel, String user, SlackAnswer answer) {
        List<SlackMessage> messages = answer.messages();
        if (messages.isEmpty()) {
            return;
        }
        SlackMessage first = messages.get(0);
        if (first.picture() != null) {
            uploadOrExplain(responseUrl, channel, first);
            return;
        }
        SlackSender.Outcome responded = sender.respond(responseUrl, channel, response(first, answer.responseType(), false));
        if (!responded.ok()) {
            // An expired response_url (30 minutes, five uses) still leaves the channel.
            sender.reportIfFailed(answer.forEveryone() ? sender.postMessage(channel, null, first)
                    : sender.postEphemeral(channel, null, user, first));
        }
        for (SlackMessage message : messages.subList(1, messages.size())) {
            sender.reportIfFailed(answer.forEveryone() ? sender.postMessage(channel, null, message)
                    : sender.postEphemeral(channel, null, user, message));
        }
    }

    /**
     * A picture goes into the channel as a file (a response_url cannot carry one); when Slack refuses it (the bot is
     * not in the channel), the person who asked is told why, with the picture's words.
     */
    private void uploadOrExplain(String responseUrl, String channel, SlackMessage picture) {
        SlackSender.Outcome uploaded = sender.uploadPicture(channel, null, picture);
        sender.reportIfFailed(uploaded);
        if (!uploaded.ok()) {
            ephemeral(responseUrl, channel, "Slack did not take the picture here (" + uploaded.error() + "); in a channel, "
                    + "invite me first with /invite. " + picture.picture().description());
        }
    }

    private SlackSender.Outcome post(String channel, String threadTs, SlackMessage message) {
        return message.picture() != null ? sender.uploadPicture(channel, threadTs, message) : sender.postMessage(channel, threadTs, message);
    }

    /** Replaces the message whose button was pressed, by response_url or else by chat.update. */
    void replacing(String responseUrl, String channel, String messageTs, SlackMessage message) {
        SlackSender.Outcome responded = sender.respond(responseUrl, channel, response(message, IN_CHANNEL, true));
        if (!responded.ok()) {
            sender.reportIfFailed(messageTs == null ? responded : sender.update(channel, messageTs, message));
        }
    }

    /** A notice only the person who asked sees. */
    void ephemeral(String responseUrl, String channel, String text) {
        sender.reportIfFailed(sender.respond(responseUrl, channel,
                ActionResponse.builder().responseType(EPHEMERAL).text(text).build()));
    }

    void ephemeralInChannel(String channel, String user, String text) {
        sender.reportIfFailed(sender.postEphemeral(channel, null, user, new SlackMessage(text, null)));
    }

    /** An answer that never got as far as Slack: logged and counted like one Slack refused. */
    void dropped(String channel, String why) {
        sender.reportIfFailed(new SlackSender.Outcome("reply", channel, why));
    }

    /** Slack refuses an empty blocks array; text alone is a valid message. */
    static List<LayoutBlock> blocksOf(SlackMessage message) {
        return message.blocks() == null || message.blocks().isEmpty() ? null : message.blocks();
    }

    private static ActionResponse response(SlackMessage message, String responseType, boolean replaceOriginal) {
        return ActionResponse.builder().responseType(responseType).replaceOriginal(replaceOriginal)
                .text(message.text()).blocks(blocksOf(message)).build();
    }

    /** Direct message channels' ids start with D; what is written there only its two parties see anyway. */
    private static boolean isDirectMessage(String channel) {
        return channel != null && channel.startsWith("D");
    }
}
