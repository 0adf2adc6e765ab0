package io.briefbot.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextDatesTest {

    private static List<Block> lines(String... lines) {
        return java.util.Arrays.stream(lines).map(line -> new Block(Block.Kind.PARAGRAPH, line, null)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Friday, 8 July 2022", "Freitag, 8. Juli 2022", "8. Juli 2022", "July 8, 2022", "July 8th 2022",
            "08.07.2022", "2022-07-08", "Fr., 8. Juli 2022, 06:00 Uhr", "8 Jul 2022"})
    void dateLines(String line) {
        assertThat(TextDates.isDateLine(line)).isTrue();
        assertThat(TextDates.editionDate(lines(line))).isEqualTo(LocalDate.of(2022, 7, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Report of 8 July 2022 on the harbour", "The meeting on July 8, 2022 was cancelled.",
            "8. Juliane 2022", "31.02.2022", "Harbour strike", "1,180 words"})
    void notDateLines(String line) {
        assertThat(TextDates.isDateLine(line)).isFalse();
    }

    @Test
    void thePublicationLineWinsOverAnUpdateAndAnEarlierDateLine() {
        assertThat(TextDates.editionDate(lines("Donnerstag, 7. Juli 2022", "Letzte Aktualisierung 09.07.2022",
                "Veröffentlicht am 08.07.2022, 06:00 Uhr"))).isEqualTo(LocalDate.of(2022, 7, 8));
        assertThat(TextDates.isPublicationLine("Letzte Aktualisierung 09.07.2022")).isTrue();
        assertThat(TextDates.isPublicationLine("Published: July 8, 2022")).isTrue();
        assertThat(TextDates.isPublicationLine("Published by the harbour authority")).isFalse();
    }

    @Test
    void anUpdateAloneIsNoEditionDate() {
        assertThat(TextDates.editionDate(lines("Last updated July 9, 2022", "Harbour strike ends"))).isNull();
    }
}
