package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BackgroundStartTest.Delayed.class)
class BackgroundStartTest {

    @Inject
    Moments moments;

    @Test
    void backgroundWorkBeginsOnceAndOnlyAfterTheConfiguredDelay() throws InterruptedException {
        assertThat(moments.backgroundStarted.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(moments.backgroundStarts).hasSize(1);
        assertThat(moments.backgroundStarts.get(0) - moments.started)
                .isGreaterThanOrEqualTo(Duration.ofMillis(1500).toNanos());
    }

    @Singleton
    static class Moments {

        volatile long started;
        final List<Long> backgroundStarts = new CopyOnWriteArrayList<>();
        final CountDownLatch backgroundStarted = new CountDownLatch(1);

        void onStart(@Observes StartupEvent event) {
            started = System.nanoTime();
        }

        void onBackground(@Observes BackgroundWorkStarted event) {
            backgroundStarts.add(System.nanoTime());
            backgroundStarted.countDown();
        }
    }

    public static class Delayed implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("briefbot.start.background-delay", "1500ms");
        }
    }
}
