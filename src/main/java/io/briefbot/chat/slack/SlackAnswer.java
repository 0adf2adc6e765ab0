package io.briefbot.chat.slack;

import io.briefbot.format.ArticleReply;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Reply;
import io.briefbot.format.slack.SlackMessage;
import java.util.List;

/**
 * A command's reply and the Slack messages it renders to, in order.
 *
 * @param inChannelAck for a single message, the JSON body of the acknowledgement that posts it in the
 *                     channel, made once (answers are kept and reused); null for several messages
 */
record SlackAnswer(Reply reply, List<SlackMessage> messages, String inChannelAck) {

    boolean isSingleMessage() {
        return messages.size() == 1;
    }

    /**
     * Whether a button's answer replaces the view it was pressed in (another page, issue or list). An
     * article is read beside the briefing it came from, and a notice must not wipe out the view.
     */
    boolean navigates() {
        return isSingleMessage() && !(reply instanceof ArticleReply) && !(reply instanceof NoticeReply);
    }
}
