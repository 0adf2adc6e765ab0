package io.briefbot.ingest.feed;

import java.util.Map;

/** The feed tests' clock, with entry links allowed to reach private addresses (BRIEFBOT_FEEDS_ALLOW_PRIVATE=true). */
public class PrivateFeedsProfile extends FeedTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("briefbot.feed.allow-private", "true");
    }
}
