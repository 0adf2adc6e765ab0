package io.briefbot.chat.command;

import io.briefbot.chat.ChatCommand;
import io.briefbot.chat.Command;
import io.briefbot.chat.Commands;
import io.briefbot.format.HelpReply.CommandHelp;
import io.briefbot.format.HelpReply;
import io.briefbot.format.Reply;
import jakarta.inject.Singleton;

/** /help, and /start (what Telegram sends first): every command with an example. */
@Command(names = {"help", "start"}, place = 21, description = "This list.", example = "/help")
@Singleton
public class ShowHelp implements ChatCommand {

    static final String INTRO = "I answer with the daily briefings in the archive. "
            + "Commands work with or without the slash, in any case.";

    private final Commands commands;

    ShowHelp(Commands commands) {
        this.commands = commands;
    }

    @Override
    public Reply run(String arguments) {
        return help();
    }

    public HelpReply help() {
        return new HelpReply(INTRO, commands.listed().stream()
                .map(command -> new CommandHelp(command.slash(), command.usage(), command.description(), command.example()))
                .toList());
    }
}
