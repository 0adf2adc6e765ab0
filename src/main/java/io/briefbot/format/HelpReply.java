package io.briefbot.format;

import java.util.List;

/** Every command with an example: /help, and the hint for an unknown or empty command. */
public record HelpReply(String intro, List<CommandHelp> commands) implements Reply {

    public record CommandHelp(String command, String arguments, String description, String example) {
    }
}
