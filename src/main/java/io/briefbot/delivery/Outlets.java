package io.briefbot.delivery;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The outlets there are, by platform name, each with the pacer that keeps its platform's limits. */
@Singleton
public class Outlets {

    private final Map<String, Outlet<?>> outlets = new HashMap<>();
    private final Map<String, Pacer> pacers = new HashMap<>();

    Outlets(Instance<Outlet<?>> found) {
        for (Outlet<?> outlet : found) {
            Outlet<?> other = outlets.putIfAbsent(outlet.platform(), outlet);
            if (other != null) {
                throw new IllegalStateException("Both " + other.getClass() + " and " + outlet.getClass() + " post to " + outlet.platform());
            }
            pacers.put(outlet.platform(), new Pacer(Clock.systemUTC()));
        }
    }

    Optional<Outlet<?>> forPlatform(String platform) {
        return Optional.ofNullable(outlets.get(platform));
    }

    Pacer pacer(String platform) {
        return pacers.get(platform);
    }

    Set<String> platforms() {
        return outlets.keySet();
    }

    void forgetIdleChats() {
        pacers.values().forEach(Pacer::forgetIdleChats);
    }
}
