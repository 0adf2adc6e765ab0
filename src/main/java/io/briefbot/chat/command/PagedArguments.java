package io.briefbot.chat.command;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arguments with an optional page number (1 = first page) at the end. /tag takes a plain number
 * ("cyber 2"); /search takes "#2", so that numbers stay search words ("covid 19").
 */
record PagedArguments(String subject, int page) {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("(.*\\S)\\s+([1-9]\\d{0,3})");
    private static final Pattern TRAILING_HASH_NUMBER = Pattern.compile("(.*\\S)\\s+#([1-9]\\d{0,3})");

    static PagedArguments withNumber(String arguments) {
        return parse(TRAILING_NUMBER, arguments);
    }

    static PagedArguments withHashNumber(String arguments) {
        return parse(TRAILING_HASH_NUMBER, arguments);
    }

    private static PagedArguments parse(Pattern pattern, String arguments) {
        Matcher paged = pattern.matcher(arguments.strip());
        return paged.matches()
                ? new PagedArguments(paged.group(1), Integer.parseInt(paged.group(2)))
                : new PagedArguments(arguments.strip(), 1);
    }

    /** The zero-based page index the briefing queries take. */
    int index() {
        return page - 1;
    }
}
