package io.briefbot.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummariserTest {

    private final Summariser summariser = new Summariser();

    @Test
    void ledeWithinBudgetIsTheWholeParagraph() {
        assertThat(summariser.lede("  Short and sweet.  ", 100)).isEqualTo("Short and sweet.");
    }

    @Test
    void ledeIsCutAfterTheLastWholeSentenceThatFits() {
        String paragraph = "The ministry announced new quotas. Exporters rejected them at once. Talks resume on Monday.";

        assertThat(summariser.lede(paragraph, 70)).isEqualTo("The ministry announced new quotas. Exporters rejected them at once. …");
        assertThat(summariser.lede(paragraph, 40)).isEqualTo("The ministry announced new quotas. …");
    }

    @Test
    void ledeFallsBackToWholeWordsWhenTheFirstSentenceIsTooLong() {
        String lede = summariser.lede("Provincial officials postponed the licence for a new mine without warning.", 30);

        assertThat(lede).isEqualTo("Provincial officials…").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void ledeNeverCutsMidWordOrExceedsTheBudget() {
        String paragraph = "Supercalifragilistic expialidocious words keep coming without any full stop at all";
        for (int budget = "Supercalifragilistic…".length(); budget < paragraph.length(); budget++) {
            String lede = summariser.lede(paragraph, budget);
            assertThat(lede).hasSizeLessThanOrEqualTo(budget).endsWith("…");
            String kept = lede.substring(0, lede.length() - 1);
            assertThat(paragraph).startsWith(kept);
            assertThat(paragraph.charAt(kept.length())).as("cut after %s", kept).isEqualTo(' ');
        }
    }

    @Test
    void aSingleOverlongWordIsCutBetweenCharacters() {
        assertThat(summariser.lede("Donaudampfschifffahrtsgesellschaftskapitän", 10)).isEqualTo("Donaudamp…");
    }

    @Test
    void abbreviationsAndNumbersDoNotEndSentences() {
        String paragraph = "Dr. Weber met Prof. Arata, e.g. at the port. Growth was 3.5 percent in the U.S. market. "
                + "Then talks ended.";

        assertThat(summariser.lede(paragraph, 60)).isEqualTo("Dr. Weber met Prof. Arata, e.g. at the port. …");
        assertThat(summariser.lede(paragraph, 95)).isEqualTo(
                "Dr. Weber met Prof. Arata, e.g. at the port. Growth was 3.5 percent in the U.S. market. …");
    }

    @Test
    void germanAbbreviationsAndOrdinalsDoNotEndSentences() {
        String paragraph = "Am 8. Juli prüft das Ministerium z. B. neue Exportquoten, u. a. für Stahl. "
                + "Die Zentralbank verschiebt bzw. verlängert die Frist. Ende.";

        assertThat(Sentences.split(paragraph)).containsExactly(
                "Am 8. Juli prüft das Ministerium z. B. neue Exportquoten, u. a. für Stahl. ",
                "Die Zentralbank verschiebt bzw. verlängert die Frist. ",
                "Ende.");
        assertThat(summariser.lede(paragraph, 90)).isEqualTo(
                "Am 8. Juli prüft das Ministerium z. B. neue Exportquoten, u. a. für Stahl. …");
    }

    @Test
    void sentencesEndAtQuestionsExclamationsAndClosingQuotes() {
        assertThat(Sentences.split("Why now? Because! \"It is time.\" He left… Then came more."))
                .containsExactly("Why now? ", "Because! ", "\"It is time.\" ", "He left… ", "Then came more.");
    }

    @Test
    void teaserIsTheFirstTwoSentencesWhenTheyFit() {
        List<String> editorial = List.of("Dear reader, trade is back. The ministry doubled quotas. Exporters rejoiced.",
                "More tomorrow.");

        assertThat(summariser.teaser(editorial)).isEqualTo("Dear reader, trade is back. The ministry doubled quotas.");
    }

    @Test
    void teaserIsTheFirstSentenceWhenTwoDoNotFit() {
        String first = "A".repeat(200) + " ends here.";
        String second = "B".repeat(150) + ".";

        assertThat(summariser.teaser(List.of(first + " " + second))).isEqualTo(first);
    }

    @Test
    void teaserTakesTheSecondSentenceFromTheNextParagraph() {
        assertThat(summariser.teaser(List.of("", "One sentence.", "Another one."))).isEqualTo("One sentence. Another one.");
    }

    @Test
    void teaserOfAnOverlongFirstSentenceIsCutAtAWord() {
        String teaser = summariser.teaser(List.of("word ".repeat(100)));

        assertThat(teaser).hasSizeLessThanOrEqualTo(Summariser.TEASER_BUDGET_CHARS).endsWith("word…");
    }

    @Test
    void teaserOfNothingIsEmpty() {
        assertThat(summariser.teaser(List.of())).isEmpty();
        assertThat(summariser.teaser(null)).isEmpty();
    }
}
