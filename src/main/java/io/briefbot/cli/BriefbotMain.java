package io.briefbot.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import picocli.CommandLine;

/**
 * Runs the server when given no arguments, otherwise {@link BriefbotCommand}'s command line. The server never builds
 * the command line model: on a small machine that would compete with the first requests after a start.
 */
@QuarkusMain
public class BriefbotMain implements QuarkusApplication {

    private final CommandLine.IFactory factory;

    public BriefbotMain(CommandLine.IFactory factory) {
        this.factory = factory;
    }

    @Override
    public int run(String... arguments) {
        if (arguments.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return new CommandLine(BriefbotCommand.class, factory).execute(arguments);
    }
}
