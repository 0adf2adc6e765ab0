package io.briefbot.chat.slack;

import io.briefbot.format.ArticleReply;
import io.briefbot.format.HelpReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.PictureReply;
import io.briefbot.format.Reply;
import io.briefbot.format.slack.SlackMessage;
import java.util.List;

/**
 * A command's reply and the Slack messages it renders to, in order.
 *
 * @param ack for a single message, the JSON body of the acknowledgement that shows it (in the channel or to the
 *            person who asked, see {@link #forEveryone()}), made once (answers are kept and reused); null for several
 */
record SlackAnswer(Reply reply, List<SlackMessage> messages, String ack) {

    /**
     * Whether the channel sees it: briefings, articles, answers and lists are the channel's business; a notice (nothing
     * found, not allowed, please wait, an error, an unknown command) and the help only the person who asked sees.
     */
    boolean forEveryone() {
        return forEveryone(reply);
    }

    static boolean forEveryone(Reply reply) {
        return !(reply instanceof NoticeReply) && !(reply instanceof HelpReply);
    }

    /** The response_type that shows it so: in_channel or ephemeral. */
    String responseType() {
        return forEveryone() ? SlackReplies.IN_CHANNEL : SlackReplies.EPHEMERAL;
    }

    boolean isSingleMessage() {
        return messages.size() == 1;
    }

    /**
     * Whether a button's answer replaces the view it was pressed in (another page, issue or list). An
     * article is read beside the briefing it came from, and a notice must not wipe out the view.
     */
    boolean navigates() {
        return isSingleMessage() && !(reply instanceof ArticleReply) && !(reply instanceof NoticeReply)
                && !(reply instanceof PictureReply);
    }
}
