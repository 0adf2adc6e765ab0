package io.briefbot.chat.command;

import io.briefbot.format.Action;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Actions whose commands fit Telegram's callback data (64 bytes of UTF-8), with short labels. */
public final class Buttons {

    static final int MAX_COMMAND_BYTES = 64;
    static final String ELLIPSIS = "…";
    private static final int LABEL_CHARS = 32;

    private Buttons() {
    }

    /** The action, or none when its command would not fit. */
    public static Optional<Action> of(String label, String command) {
        return fits(command) ? Optional.of(new Action(shorten(label, LABEL_CHARS), command)) : Optional.empty();
    }

    static Action read(long articleId, String title) {
        return new Action("Read " + shorten(title, LABEL_CHARS - "Read ".length()), "/article " + articleId);
    }

    static boolean fits(String command) {
        return command.getBytes(StandardCharsets.UTF_8).length <= MAX_COMMAND_BYTES;
    }

    /** At most {@code max} characters, cut at a word boundary where there is one, marked with an ellipsis. */
    public static String shorten(String text, int max) {
        String plain = text == null ? "" : text.strip();
        if (plain.codePointCount(0, plain.length()) <= max) {
            return plain;
        }
        String cut = plain.substring(0, plain.offsetByCodePoints(0, max - 1));
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.strip() + ELLIPSIS;
    }
}
