package io.briefbot.format.slack;

import com.slack.api.model.block.LayoutBlock;
import io.briefbot.format.Picture;
import java.util.List;

/**
 * One Slack message: Block Kit blocks and the plain-text fallback shown in notifications; or a picture, uploaded as a
 * file titled with the text.
 *
 * @param picture null for a message of blocks
 */
public record SlackMessage(String text, List<LayoutBlock> blocks, Picture picture) {

    public SlackMessage(String text, List<LayoutBlock> blocks) {
        this(text, blocks, null);
    }
}
