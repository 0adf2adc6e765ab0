package io.briefbot.format.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.composition.PlainTextObject;
import io.briefbot.format.Action;
import io.briefbot.format.TextPieces;
import java.util.ArrayList;
import java.util.List;

/** Actions as Block Kit buttons: at most {@link #MAX_ELEMENTS} to an actions block, as Slack allows. */
final class SlackButtons {

    static final int MAX_ELEMENTS = 25;
    static final int MAX_LABEL_CHARS = 75;
    static final int MAX_VALUE_CHARS = 2000;

    private SlackButtons() {
    }

    static List<ActionsBlock> blocks(List<Action> actions) {
        List<ActionsBlock> blocks = new ArrayList<>();
        for (int start = 0; start < actions.size(); start += MAX_ELEMENTS) {
            List<BlockElement> buttons = new ArrayList<>();
            for (int i = start; i < Math.min(actions.size(), start + MAX_ELEMENTS); i++) {
                buttons.add(button(actions.get(i), "cmd-" + i));
            }
            blocks.add(ActionsBlock.builder().elements(buttons).build());
        }
        return blocks;
    }

    /** The characters a block adds to a message: labels and values. */
    static int length(ActionsBlock block) {
        return block.getElements().stream()
                .map(ButtonElement.class::cast)
                .mapToInt(button -> button.getText().getText().length() + button.getValue().length())
                .sum();
    }

    private static ButtonElement button(Action action, String actionId) {
        String command = action.command() == null ? "" : action.command();
        if (command.isBlank() || command.length() > MAX_VALUE_CHARS) {
            throw new IllegalArgumentException("Action command must be 1 to " + MAX_VALUE_CHARS + " characters: " + command);
        }
        String label = TextPieces.shorten(action.label(), MAX_LABEL_CHARS, String::length);
        return ButtonElement.builder()
                .actionId(actionId)
                .text(PlainTextObject.builder().text(label.isEmpty() ? command : label).emoji(true).build())
                .value(command)
                .build();
    }
}
