package io.briefbot.bench.soak;

import java.nio.file.Path;

/** The soak's command line: --jar, --work (required), --today, --minutes, --slack, --telegram, --telegram-limit, --jvm. */
final class SoakOptions {

    Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
    Path work;
    Path todayIssue = Path.of("bench/today-issue.html");
    int minutes = 10;
    double slackRate = 25;
    double telegramRate = 35;
    /** Telegram's overall messages a second, enforced by the stand-in; 0 for none. */
    double telegramLimit = 30;
    /** The replicas' JVM options (through JAVA_TOOL_OPTIONS): a heap as in a container of 1 GiB. */
    String jvmOptions = "-Xmx512m";

    static SoakOptions parse(String[] args) {
        SoakOptions options = new SoakOptions();
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--jar" -> options.jar = Path.of(value);
                case "--work" -> options.work = Path.of(value);
                case "--today" -> options.todayIssue = Path.of(value);
                case "--minutes" -> options.minutes = Integer.parseInt(value);
                case "--slack" -> options.slackRate = Double.parseDouble(value);
                case "--telegram" -> options.telegramRate = Double.parseDouble(value);
                case "--telegram-limit" -> options.telegramLimit = Double.parseDouble(value);
                case "--jvm" -> options.jvmOptions = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (options.work == null) {
            throw new IllegalArgumentException("--work <folder> is required");
        }
        return options;
    }
}
