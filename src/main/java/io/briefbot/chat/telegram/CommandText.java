package io.briefbot.chat.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line in a Telegram message, without the bot's address ("/today@briefbot" → "/today"). */
final class CommandText {

    private static final Pattern COMMAND = Pattern.compile("^(/[^\\s@]+)(?:@(\\S*))?(.*)$", Pattern.DOTALL);
    /** The characters of the pattern's {@code \s}. */
    private static final String WHITESPACE = " \t\n\u000B\f\r";

    private CommandText() {
    }

    /**
     * @param botUsername unknown until getMe answered; until then addressed commands are accepted,
     *                    since Telegram delivers other bots' commands only to bots that read every message
     */
    static Optional<String> of(String text, boolean privateChat, Optional<String> botUsername) {
        String line = text == null ? "" : text.strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        if (line.indexOf('@') < 0) {
            // nothing to take away: the common case, without the pattern
            return isCommand(line) || privateChat ? Optional.of(line) : Optional.empty();
        }
        Matcher command = COMMAND.matcher(line);
        if (!command.matches()) {
            return privateChat ? Optional.of(line) : Optional.empty();
        }
        String addressee = command.group(2);
        if (addressee != null && botUsername.isPresent() && !addressee.equalsIgnoreCase(botUsername.get())) {
            return Optional.empty();
        }
        return Optional.of(command.group(1) + command.group(3));
    }

    /** What {@link #COMMAND} matches in a line without an address: a slash and a name. */
    private static boolean isCommand(String line) {
        return line.length() > 1 && line.charAt(0) == '/' && WHITESPACE.indexOf(line.charAt(1)) < 0;
    }
}
