package io.briefbot.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

@ConfigMapping(prefix = "briefbot.ingest")
public interface IngestConfig {

    /** Publication of input that names none and comes without one (BRIEFBOT_DEFAULT_PUBLICATION). */
    Optional<String> defaultPublication();

    /** The zone whose calendar date an issue without a date gets (BRIEFBOT_DEFAULT_TIME_ZONE). */
    @WithDefault("Europe/Berlin")
    ZoneId timeZone();
}
