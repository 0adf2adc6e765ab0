package io.briefbot.delivery;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The outlets there are, by platform name. */
@Singleton
public class Outlets {

    private final Map<String, Outlet<?>> outlets = new HashMap<>();

    Outlets(Instance<Outlet<?>> found) {
        for (Outlet<?> outlet : found) {
            Outlet<?> other = outlets.putIfAbsent(outlet.platform(), outlet);
            if (other != null) {
                throw new IllegalStateException("Both " + other.getClass() + " and " + outlet.getClass() + " post to " + outlet.platform());
            }
        }
    }

    Optional<Outlet<?>> forPlatform(String platform) {
        return Optional.ofNullable(outlets.get(platform));
    }

    Set<String> platforms() {
        return outlets.keySet();
    }
}
