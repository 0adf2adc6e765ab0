package io.briefbot.chat.slack;

import java.util.regex.Pattern;

/** The command line in a message that mentions the bot: "<@U123> today" → "today". */
final class MentionText {

    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(?:\\s*<@[A-Z0-9]+(?:\\|[^>]*)?>)+\\s*");

    private MentionText() {
    }

    static String commandLine(String text) {
        return text == null ? "" : LEADING_MENTIONS.matcher(text).replaceFirst("").strip();
    }
}
