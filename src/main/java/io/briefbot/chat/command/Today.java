package io.briefbot.chat.command;

import io.briefbot.ingest.IngestConfig;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;

/** The calendar date now in the briefings' time zone (BRIEFBOT_DEFAULT_TIME_ZONE): what "today" means in a command. */
@Singleton
class Today {

    private final Clock clock;
    private final IngestConfig config;

    Today(Clock clock, IngestConfig config) {
        this.clock = clock;
        this.config = config;
    }

    LocalDate date() {
        return LocalDate.ofInstant(clock.instant(), config.timeZone());
    }
}
