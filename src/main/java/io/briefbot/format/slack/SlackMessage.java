package io.briefbot.format.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** One Slack message: Block Kit blocks and the plain-text fallback shown in notifications. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
}
