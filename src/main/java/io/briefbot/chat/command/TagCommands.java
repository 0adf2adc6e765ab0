package io.briefbot.chat.command;

import java.util.Optional;

/**
 * The "/tag NAME [PAGE]" command for a tag. A tag too long for callback data is cut and ends in an
 * ellipsis; {@link ListTag} reads such a name as the start of a tag.
 */
final class TagCommands {

    private static final String PREFIX = "/tag ";

    private TagCommands() {
    }

    static String of(String tag, int page) {
        String pageSuffix = page > 1 ? " " + page : "";
        String command = PREFIX + tag + pageSuffix;
        if (Buttons.fits(command)) {
            return command;
        }
        String cut = tag;
        while (!cut.isEmpty() && !Buttons.fits(PREFIX + cut + Buttons.ELLIPSIS + pageSuffix)) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)).strip();
        }
        return PREFIX + cut + Buttons.ELLIPSIS + pageSuffix;
    }

    /** The start of a tag's name when {@code name} is a cut one. */
    static Optional<String> cutPrefix(String name) {
        return name.endsWith(Buttons.ELLIPSIS) && name.length() > Buttons.ELLIPSIS.length()
                ? Optional.of(name.substring(0, name.length() - Buttons.ELLIPSIS.length()).strip())
                : Optional.empty();
    }
}
