package io.briefbot.format.telegram;

import io.briefbot.format.Action;
import io.briefbot.format.DigestReply;
import io.briefbot.format.PartRenderer;
import io.briefbot.format.PartRenderer.Rendered;
import io.briefbot.format.PictureReply;
import io.briefbot.format.RecentRenderings;
import io.briefbot.format.Reply;
import io.briefbot.format.ReplyLayout;
import io.briefbot.format.Templates;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replies as Telegram HTML messages. Each message stays within {@link #MAX_VISIBLE_CHARS} visible characters (Telegram
 * allows 4,096): parts are never cut, long text is split into parts at sentence, else word, boundaries beforehand,
 * so every message is well-formed on its own. The keyboard goes with the last text message. A picture is one message,
 * its words the caption; a digest's chart is such a message after its text.
 */
@ApplicationScoped
public class TelegramRenderer {

    static final int MAX_VISIBLE_CHARS = 4000;
    private static final int LABEL_BUDGET = 200;
    private static final int BODY_BUDGET = 3000;
    private static final String LINE = "\n";
    private static final String GAP = "\n\n";

    private final PartRenderer parts = new PartRenderer(new Templates(TelegramText::escape), "telegram", ".html",
            String::length, LABEL_BUDGET, (text, marked) -> text.length(), BODY_BUDGET);

    private final RecentRenderings<List<TelegramMessage>> recent = new RecentRenderings<>();

    public List<TelegramMessage> render(Reply reply) {
        return recent.get(reply, rendered -> List.copyOf(renderNow(rendered)));
    }

    private List<TelegramMessage> renderNow(Reply reply) {
        List<String> texts = pack(parts.render(ReplyLayout.parts(reply)));
        if (reply instanceof PictureReply picture) {
            // a caption is at most 1,024 characters: the picture's words are kept within that
            return List.of(new TelegramMessage(texts.get(0), List.of(), picture.picture()));
        }
        List<List<List<Action>>> keyboards = TelegramKeyboard.keyboards(ReplyLayout.actions(reply));
        if (texts.isEmpty()) {
            texts.add(parts.renderLine("message", keyboards.isEmpty() ? "empty" : "more_buttons", Map.of()));
        }
        List<TelegramMessage> messages = new ArrayList<>();
        for (int i = 0; i < texts.size() - 1; i++) {
            messages.add(new TelegramMessage(texts.get(i), List.of()));
        }
        String last = texts.get(texts.size() - 1);
        messages.add(new TelegramMessage(last, keyboards.isEmpty() ? List.of() : keyboards.get(0)));
        for (List<List<Action>> keyboard : keyboards.subList(Math.min(1, keyboards.size()), keyboards.size())) {
            messages.add(new TelegramMessage(parts.renderLine("message", "more_buttons", Map.of()), keyboard));
        }
        if (reply instanceof DigestReply digest && digest.chart() != null) {
            messages.addAll(renderNow(digest.chart()));
        }
        return messages;
    }

    private static List<String> pack(List<Rendered> rendered) {
        List<String> texts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentLength = 0;
        for (Rendered part : rendered) {
            int length = TelegramText.visibleLength(part.markup());
            if (length > MAX_VISIBLE_CHARS) {
                throw new IllegalStateException("A rendered part exceeds " + MAX_VISIBLE_CHARS + " characters: the budgets are wrong");
            }
            String separator = part.gapBefore() ? GAP : LINE;
            if (current.length() > 0 && currentLength + separator.length() + length > MAX_VISIBLE_CHARS) {
                texts.add(current.toString());
                current.setLength(0);
                currentLength = 0;
            }
            if (current.length() > 0) {
                current.append(separator);
                currentLength += separator.length();
            }
            current.append(part.markup());
            currentLength += length;
        }
        if (current.length() > 0) {
            texts.add(current.toString());
        }
        return texts;
    }
}
