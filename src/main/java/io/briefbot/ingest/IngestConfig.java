package io.briefbot.ingest;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "briefbot.ingest")
public interface IngestConfig {

    /** Publication of input that names none and comes without one (BRIEFBOT_DEFAULT_PUBLICATION). */
    Optional<String> defaultPublication();
}
