package io.briefbot.chat;

import java.util.Locale;

/** A typed line split into its command word ("today", without slash, lower case) and the rest. */
public record CommandLine(String name, String arguments) {

    public static CommandLine parse(String text) {
        String line = text == null ? "" : text.strip();
        if (line.startsWith("/")) {
            line = line.substring(1).stripLeading();
        }
        int space = indexOfWhitespace(line);
        if (space < 0) {
            return new CommandLine(line.toLowerCase(Locale.ROOT), "");
        }
        return new CommandLine(line.substring(0, space).toLowerCase(Locale.ROOT), line.substring(space).strip());
    }

    boolean isEmpty() {
        return name.isEmpty();
    }

    private static int indexOfWhitespace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
