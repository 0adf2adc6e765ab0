package io.briefbot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentUpdateIdsTest {

    @Test
    void remembersTheLastIdsUpToItsBoundAndForgetsTheOldestFirst() {
        RecentUpdateIds ids = new RecentUpdateIds(3);

        assertThat(ids.add(900000001)).isTrue();
        assertThat(ids.add(900000002)).isTrue();
        assertThat(ids.add(900000001)).as("seen before").isFalse();
        assertThat(ids.add(900000003)).isTrue();
        assertThat(ids.add(900000004)).isTrue();

        assertThat(ids.contains(900000001)).as("the oldest, forgotten").isFalse();
        assertThat(ids.contains(900000002)).isTrue();
        assertThat(ids.contains(900000004)).isTrue();
        assertThat(ids.add(900000001)).as("forgotten, so new again").isTrue();
        assertThat(ids.contains(900000002)).isFalse();
    }

    @Test
    void answersAsASetOfTheLastIdsWouldAcrossManyCollisions() {
        for (int capacity : new int[] {1, 2, 7, 50, 1000}) {
            RecentUpdateIds ids = new RecentUpdateIds(capacity);
            LinkedHashSet<Integer> expected = new LinkedHashSet<>();
            Random random = new Random(capacity);
            for (int i = 0; i < 200_000; i++) {
                // a small range for many repeats; negative and extreme ids for the table's arithmetic
                int id = switch (random.nextInt(20)) {
                    case 0 -> Integer.MIN_VALUE + random.nextInt(3);
                    case 1 -> Integer.MAX_VALUE - random.nextInt(3);
                    default -> random.nextInt(capacity * 3) - capacity;
                };
                if (random.nextBoolean()) {
                    assertThat(ids.contains(id)).isEqualTo(expected.contains(id));
                } else {
                    boolean added = expected.add(id);
                    if (added && expected.size() > capacity) {
                        expected.remove(expected.iterator().next());
                    }
                    assertThat(ids.add(id)).as("add %d at step %d, capacity %d", id, i, capacity).isEqualTo(added);
                }
            }
        }
    }
}
