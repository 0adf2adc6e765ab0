package io.briefbot.common;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "briefbot.console")
public interface ConsoleConfig {

    /** BRIEFBOT_CONSOLE_PASSWORD; when absent, licensed content is served to loopback requests only. */
    Optional<String> password();
}
