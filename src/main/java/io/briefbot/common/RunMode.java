package io.briefbot.common;

import io.quarkus.runtime.annotations.CommandLineArguments;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/**
 * Whether this process is the server or a task such as {@code briefbot backfill}: a task shares
 * the application, but must not poll the inbox, pull feeds or talk to chat platforms beside a
 * running server.
 */
@Singleton
public class RunMode {

    private final boolean server;

    public RunMode(@CommandLineArguments String[] arguments) {
        this.server = arguments.length == 0 || arguments[0].startsWith("-");
    }

    public boolean isServer() {
        return server;
    }

    /** Skips a scheduled job in a task. */
    @Singleton
    public static class SkipInTasks implements Scheduled.SkipPredicate {

        private final RunMode runMode;

        public SkipInTasks(RunMode runMode) {
            this.runMode = runMode;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !runMode.isServer();
        }
    }
}
