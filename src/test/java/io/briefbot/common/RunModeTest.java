package io.briefbot.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunModeTest {

    @Test
    void withoutACommandItIsTheServerAndATaskSkipsScheduledJobs() {
        assertThat(new RunMode(new String[0]).isServer()).isTrue();
        assertThat(new RunMode(new String[] {"--verbose"}).isServer()).isTrue();

        RunMode task = new RunMode(new String[] {"backfill", "/archive"});
        assertThat(task.isServer()).isFalse();
        assertThat(new RunMode.SkipInTasks(task).test(null)).isTrue();
        assertThat(new RunMode.SkipInTasks(new RunMode(new String[0])).test(null)).isFalse();
    }
}
