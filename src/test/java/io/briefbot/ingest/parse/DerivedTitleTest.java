package io.briefbot.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DerivedTitleTest {

    @Test
    void theFirstSentenceWithoutItsFullStop() {
        assertThat(DerivedTitle.of("Rail workers ended their strike. Trains run normally from Monday."))
                .isEqualTo("Rail workers ended their strike");
    }

    @Test
    void questionAndExclamationMarksStay() {
        assertThat(DerivedTitle.of("Who pays for the tunnel? Nobody wants to say.")).isEqualTo("Who pays for the tunnel?");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndTheSentence() {
        assertThat(DerivedTitle.of("Dr. Wen and the U.S. envoy met in Lianhai. They spoke for an hour."))
                .isEqualTo("Dr. Wen and the U.S. envoy met in Lianhai");
        assertThat(DerivedTitle.of("Die Kommission will z.B. Wärmepumpen fördern. Mehr dazu später."))
                .isEqualTo("Die Kommission will z.B. Wärmepumpen fördern");
    }

    @Test
    void aLongSentenceIsCutAtAWordBoundaryWithinTheLimit() {
        String sentence = "The harbour authority of the northern province announced on Tuesday that it would extend "
                + "the night-time closure of both container terminals until the end of the month.";

        String title = DerivedTitle.of(sentence);

        assertThat(title).hasSizeLessThanOrEqualTo(DerivedTitle.MAX_LENGTH).endsWith("…");
        assertThat(sentence).startsWith(title.substring(0, title.length() - 1) + " ");
        assertThat(title).isEqualTo("The harbour authority of the northern province announced on Tuesday that it would extend the…");
    }

    @Test
    void aSingleOverlongWordIsCutHard() {
        String title = DerivedTitle.of("x".repeat(150));

        assertThat(title).hasSize(DerivedTitle.MAX_LENGTH).endsWith("…");
    }
}
