package io.briefbot.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ButtonsTest {

    @Test
    void commandsLongerThanTelegramCallbackDataGetNoButton() {
        assertThat(Buttons.of("More", "/search " + "a".repeat(56))).isPresent();
        assertThat(Buttons.of("More", "/search " + "a".repeat(57))).isEmpty();
        assertThat(Buttons.of("More", "/search " + "ü".repeat(29))).isEmpty();
    }

    @Test
    void longTagsAreCutWithAnEllipsisWithinTheLimit() {
        String tag = "Grenzüberschreitende Übertragungsnetze für Öl und Gaslieferung";
        String command = TagCommands.of(tag, 12);
        assertThat(command.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Buttons.MAX_COMMAND_BYTES);
        assertThat(command).startsWith("/tag Grenzüberschreitende").endsWith("… 12");
        assertThat(PagedArguments.withNumber(command.substring("/tag ".length())).page()).isEqualTo(12);
        assertThat(TagCommands.cutPrefix(PagedArguments.withNumber(command.substring("/tag ".length())).subject()))
                .hasValueSatisfying(prefix -> assertThat(tag).startsWith(prefix));
        assertThat(TagCommands.of("Cyber", 1)).isEqualTo("/tag Cyber");
        assertThat(TagCommands.of("Cyber", 2)).isEqualTo("/tag Cyber 2");
        assertThat(TagCommands.cutPrefix("Cyber")).isEmpty();
    }

    @Test
    void labelsAreShortenedAtAWord() {
        assertThat(Buttons.shorten("Tianjin raises harbour fees for the second time", 24)).isEqualTo("Tianjin raises harbour…");
        assertThat(Buttons.shorten("Short", 24)).isEqualTo("Short");
    }
}
