package io.briefbot.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTextTest {

    private static final Optional<String> BOT = Optional.of("briefbot");

    @Test
    void aCommandIsTakenAsTyped() {
        assertThat(CommandText.of("/today", false, BOT)).contains("/today");
        assertThat(CommandText.of("  /today nzz \n", false, BOT)).contains("/today nzz");
        assertThat(CommandText.of("/search one\ntwo", false, Optional.empty())).contains("/search one\ntwo");
    }

    @Test
    void theBotsAddressIsTakenAway() {
        assertThat(CommandText.of("/today@briefbot nzz", false, BOT)).contains("/today nzz");
        assertThat(CommandText.of("/today@BriefBot", false, BOT)).contains("/today");
        assertThat(CommandText.of("/today@otherbot", false, Optional.empty())).as("before getMe answered").contains("/today");
        assertThat(CommandText.of("/search a@b.org", false, BOT)).contains("/search a@b.org");
    }

    @Test
    void anotherBotsCommandIsNotAnswered() {
        assertThat(CommandText.of("/today@otherbot", false, BOT)).isEmpty();
        assertThat(CommandText.of("/today@otherbot", true, BOT)).isEmpty();
    }

    @Test
    void inAGroupOnlyCommandsAreAnswered() {
        assertThat(CommandText.of("hello there", false, BOT)).isEmpty();
        assertThat(CommandText.of("/ today", false, BOT)).as("a slash alone").isEmpty();
        assertThat(CommandText.of("/", false, BOT)).isEmpty();
        assertThat(CommandText.of("/\u000Btoday", false, BOT)).as("a vertical tab after the slash").isEmpty();
        assertThat(CommandText.of("mail me@example.org", false, BOT)).isEmpty();
        assertThat(CommandText.of("   ", false, BOT)).isEmpty();
        assertThat(CommandText.of(null, false, BOT)).isEmpty();
    }

    @Test
    void inAPrivateChatAnyTextIsTaken() {
        assertThat(CommandText.of("what about the budget?", true, BOT)).contains("what about the budget?");
        assertThat(CommandText.of("/ today", true, BOT)).contains("/ today");
        assertThat(CommandText.of("mail me@example.org", true, BOT)).contains("mail me@example.org");
        assertThat(CommandText.of("  ", true, BOT)).isEmpty();
    }
}
