package io.briefbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.testing.AdjustableClock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedAnswersTest {

    private final AdjustableClock clock = new AdjustableClock();
    private final RememberedAnswers<String> answers = new RememberedAnswers<>(Duration.ofMinutes(1), clock);
    private final AtomicInteger asked = new AtomicInteger();

    @Test
    void anAnswerIsKeptForItsLifetimeAndThenAskedAgain() {
        assertThat(answers.answer("chat/user", () -> count(Optional.of(true)))).isTrue();
        clock.advance(Duration.ofSeconds(59));
        assertThat(answers.answer("chat/user", () -> count(Optional.of(false)))).isTrue();
        assertThat(asked).hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        assertThat(answers.answer("chat/user", () -> count(Optional.of(false)))).isFalse();
        assertThat(asked).hasValue(2);
    }

    @Test
    void aQuestionThatFailedIsNoAndIsNotRemembered() {
        assertThat(answers.answer("chat/user", () -> count(Optional.empty()))).isFalse();
        assertThat(answers.answer("chat/user", () -> count(Optional.of(true)))).isTrue();
        assertThat(asked).hasValue(2);
    }

    @Test
    void keysAreAnsweredApart() {
        answers.answer("chat/admin", () -> count(Optional.of(true)));
        assertThat(answers.answer("chat/member", () -> count(Optional.of(false)))).isFalse();
    }

    private Optional<Boolean> count(Optional<Boolean> answer) {
        asked.incrementAndGet();
        return answer;
    }
}
