package io.briefbot.ingest.feed;

import io.briefbot.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** Lets the feed tests move time forward instead of sleeping through backoffs. */
public class FeedTestProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(AdjustableClock.class);
    }
}
