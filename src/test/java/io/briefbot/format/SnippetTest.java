package io.briefbot.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void takesTheParagraphWithMostWordsAroundTheFirstOne() {
        List<String> paragraphs = List.of(
                "The harbour is busy.",
                "Nothing here.",
                "Importers say the Zölle and the harbour fees rise together, and they expect them to appear on invoices.");
        assertThat(Snippet.around(paragraphs, List.of("harbour", "zolle"), 200)).contains(paragraphs.get(2));
    }

    @Test
    void cutsLongParagraphsAtWordsAroundTheMatch() {
        String paragraph = "Lorem ipsum dolor sit amet ".repeat(20) + "the neodymium price rose " + "consectetur adipiscing elit ".repeat(20);
        String snippet = Snippet.around(List.of(paragraph), List.of("Neodymium"), 120).orElseThrow();
        assertThat(snippet).startsWith("…").endsWith("…").contains("the neodymium price rose");
        assertThat(snippet.length()).isLessThanOrEqualTo(122);
    }

    @Test
    void noneWhenNoParagraphHasTheWords() {
        assertThat(Snippet.around(List.of("Nothing here."), List.of("harbour"), 100)).isEmpty();
    }
}
