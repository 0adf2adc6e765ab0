package io.briefbot.common;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "briefbot.admin")
public interface AdminConfig {

    /** BRIEFBOT_ADMIN_TOKEN; when absent, every admin endpoint is disabled. */
    Optional<String> token();
}
