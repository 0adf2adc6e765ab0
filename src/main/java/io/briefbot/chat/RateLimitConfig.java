package io.briefbot.chat;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many commands one user may send a minute, on each platform. */
@ConfigMapping(prefix = "briefbot.rate-limit")
public interface RateLimitConfig {

    /** All commands together. */
    @WithDefault("30")
    int perMinute();

    /** /ask on top of that: each question searches the whole archive. */
    @WithDefault("10")
    int askPerMinute();
}
