package io.briefbot.format.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import io.briefbot.format.DigestReply;
import io.briefbot.format.Marking;
import io.briefbot.format.PartRenderer;
import io.briefbot.format.PartRenderer.Rendered;
import io.briefbot.format.PictureReply;
import io.briefbot.format.RecentRenderings;
import io.briefbot.format.Reply;
import io.briefbot.format.ReplyLayout;
import io.briefbot.format.Templates;
import io.briefbot.format.TextPieces;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replies as Block Kit messages of mrkdwn sections and buttons. Limits, with margins below Slack's: a section's text
 * at most {@link #MAX_SECTION_CHARS}, a message at most {@link #MAX_BLOCKS} blocks and {@link #MAX_MESSAGE_CHARS}
 * characters counting the fallback text, every section text and every button. Parts are never cut: long text is
 * split into parts at sentence, else word, boundaries beforehand. A picture is one message: a file titled with the
 * fallback text, its words the alt text; a digest's chart is such a message after its text.
 */
@ApplicationScoped
public class SlackRenderer {

    static final int MAX_SECTION_CHARS = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_MESSAGE_CHARS = 11_000;
    private static final int LABEL_BUDGET = 300;
    private static final int BODY_BUDGET = 1500;
    private static final int FALLBACK_CHARS = 150;
    private static final int MARK_CHARS = 2;

    private final PartRenderer parts = new PartRenderer(new Templates(SlackText::escape), "slack", ".txt",
            SlackText::escapedLength, LABEL_BUDGET,
            (text, marked) -> SlackText.escapedLength(text) + MARK_CHARS * Marking.count(text, marked), BODY_BUDGET);

    private final RecentRenderings<List<SlackMessage>> recent = new RecentRenderings<>();

    public List<SlackMessage> render(Reply reply) {
        return recent.get(reply, rendered -> List.copyOf(renderNow(rendered)));
    }

    private List<SlackMessage> renderNow(Reply reply) {
        String fallback = parts.renderLine("message", "fallback",
                Map.of("text", TextPieces.shorten(ReplyLayout.summary(reply), FALLBACK_CHARS, String::length)));
        if (reply instanceof PictureReply picture) {
            return List.of(new SlackMessage(fallback, List.of(), picture.picture()));
        }
        List<String> sections = sections(parts.render(ReplyLayout.parts(reply)));
        List<ActionsBlock> buttons = SlackButtons.blocks(ReplyLayout.actions(reply));
        if (sections.isEmpty() && buttons.isEmpty()) {
            sections.add(parts.renderLine("message", "empty", Map.of()));
        }
        MessageBuilder messages = new MessageBuilder(fallback);
        sections.forEach(text -> messages.add(section(text), text.length()));
        buttons.forEach(block -> messages.add(block, SlackButtons.length(block)));
        List<SlackMessage> built = messages.build();
        if (reply instanceof DigestReply digest && digest.chart() != null) {
            built.addAll(renderNow(digest.chart()));
        }
        return built;
    }

    private static List<String> sections(List<Rendered> rendered) {
        List<String> sections = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Rendered part : rendered) {
            if (part.markup().length() > MAX_SECTION_CHARS) {
                throw new IllegalStateException("A rendered part exceeds " + MAX_SECTION_CHARS + " characters: the budgets are wrong");
            }
            if (current.length() > 0 && (part.gapBefore() || current.length() + 1 + part.markup().length() > MAX_SECTION_CHARS)) {
                sections.add(current.toString());
                current.setLength(0);
            }
            current.append(current.length() > 0 ? "\n" : "").append(part.markup());
        }
        if (current.length() > 0) {
            sections.add(current.toString());
        }
        return sections;
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    /** Fills messages with blocks in order, starting a new one where the next block would break a limit. */
    private static final class MessageBuilder {

        private final String fallback;
        private final List<SlackMessage> messages = new ArrayList<>();
        private List<LayoutBlock> blocks = new ArrayList<>();
        private int chars;

        MessageBuilder(String fallback) {
            this.fallback = fallback;
            this.chars = fallback.length();
        }

        void add(LayoutBlock block, int blockChars) {
            if (!blocks.isEmpty() && (blocks.size() == MAX_BLOCKS || chars + blockChars > MAX_MESSAGE_CHARS)) {
                messages.add(new SlackMessage(fallback, blocks));
                blocks = new ArrayList<>();
                chars = fallback.length();
            }
            blocks.add(block);
            chars += blockChars;
        }

        List<SlackMessage> build() {
            if (!blocks.isEmpty()) {
                messages.add(new SlackMessage(fallback, blocks));
            }
            return messages;
        }
    }
}
