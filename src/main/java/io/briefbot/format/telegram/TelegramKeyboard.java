package io.briefbot.format.telegram;

import io.briefbot.format.Action;
import io.briefbot.format.TextPieces;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Inline keyboards: buttons in rows, short buttons side by side, at most {@link #MAX_BUTTONS} per message. */
final class TelegramKeyboard {

    static final int MAX_CALLBACK_BYTES = 64;
    static final int MAX_LABEL_CHARS = 40;
    static final int MAX_BUTTONS = 100;
    private static final int MAX_ROW_BUTTONS = 3;
    private static final int MAX_ROW_LABEL_CHARS = 30;

    private TelegramKeyboard() {
    }

    /** One keyboard per group of at most {@link #MAX_BUTTONS} actions, in order. */
    static List<List<List<Action>>> keyboards(List<Action> actions) {
        List<List<List<Action>>> keyboards = new ArrayList<>();
        for (int start = 0; start < actions.size(); start += MAX_BUTTONS) {
            keyboards.add(rows(actions.subList(start, Math.min(actions.size(), start + MAX_BUTTONS))));
        }
        return keyboards;
    }

    private static List<List<Action>> rows(List<Action> actions) {
        List<List<Action>> rows = new ArrayList<>();
        List<Action> row = new ArrayList<>();
        int rowChars = 0;
        for (Action action : actions) {
            Action button = button(action);
            int chars = button.label().length();
            if (!row.isEmpty() && (row.size() == MAX_ROW_BUTTONS || rowChars + chars > MAX_ROW_LABEL_CHARS)) {
                rows.add(List.copyOf(row));
                row.clear();
                rowChars = 0;
            }
            row.add(button);
            rowChars += chars;
        }
        if (!row.isEmpty()) {
            rows.add(List.copyOf(row));
        }
        return rows;
    }

    private static Action button(Action action) {
        String command = action.command() == null ? "" : action.command();
        int bytes = command.getBytes(StandardCharsets.UTF_8).length;
        if (command.isBlank() || bytes > MAX_CALLBACK_BYTES) {
            throw new IllegalArgumentException("Action command must be 1 to " + MAX_CALLBACK_BYTES
                    + " bytes of UTF-8 to fit Telegram's callback data, was " + bytes + ": " + command);
        }
        String label = TextPieces.shorten(action.label(), MAX_LABEL_CHARS, text -> text.codePointCount(0, text.length()));
        return new Action(label.isEmpty() ? command : label, command);
    }
}
