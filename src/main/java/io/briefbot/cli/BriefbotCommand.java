package io.briefbot.cli;

import io.quarkus.runtime.Quarkus;
import picocli.CommandLine.Command;

/** {@code briefbot} alone runs the server; subcommands run a task and exit. */
@Command(name = "briefbot", mixinStandardHelpOptions = true, subcommands = {BackfillCommand.class, ExportCommand.class, ImportCommand.class},
        description = "Daily news briefings where your team works. Without a command, runs the server.")
public class BriefbotCommand implements Runnable {

    @Override
    public void run() {
        Quarkus.waitForExit();
    }
}
