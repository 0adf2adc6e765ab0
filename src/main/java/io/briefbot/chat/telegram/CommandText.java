package io.briefbot.chat.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The command line in a Telegram message, without the bot's address ("/today@briefbot" → "/today"). */
final class CommandText {

    private static final Pattern COMMAND = Pattern.compile("^(/[^\\s@]+)(?:@(\\S*))?(.*)$", Pattern.DOTALL);

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
}
