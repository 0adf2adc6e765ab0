package io.briefbot.chat.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    /** A Wednesday. */
    static final LocalDate TODAY = LocalDate.of(2026, 10, 14);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2022-07-08 | 2022-07-08",
            "2022-7-8 | 2022-07-08",
            "8 July 2022 | 2022-07-08",
            "8 july | 2026-07-08",
            "8th of July | 2026-07-08",
            "8. Juli | 2026-07-08",
            "8. Juli 2022 | 2022-07-08",
            "8.Juli | 2026-07-08",
            "July 8 | 2026-07-08",
            "July 8th, 2022 | 2022-07-08",
            "Jul 8 | 2026-07-08",
            "08.07.2022 | 2022-07-08",
            "8.7.22 | 2022-07-08",
            "8.7. | 2026-07-08",
            "3. März | 2026-03-03",
            "3 Maerz | 2026-03-03",
            "1. Dezember | 2025-12-01",
            "December 1 | 2025-12-01",
            "14 October | 2026-10-14",
            "15 October | 2025-10-15",
            "Friday, 8 July 2022 | 2022-07-08",
            "Freitag, 8. Juli 2022 | 2022-07-08",
            "today | 2026-10-14",
            "Heute | 2026-10-14",
            "yesterday | 2026-10-13",
            "gestern | 2026-10-13",
            "vorgestern | 2026-10-12",
            "wednesday | 2026-10-14",
            "monday | 2026-10-12",
            "Montag | 2026-10-12",
            "thu | 2026-10-08",
            "Sonntag | 2026-10-11",
            "29 February | 2024-02-29",
    })
    void readsTheDay(String text, LocalDate expected) {
        assertThat(DateParser.parse(text, TODAY)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "someday", "31 June", "2022-13-01", "32.01.2022", "July", "8", "next monday", "monday 12",
            "8 Smarch"})
    void refusesWhatIsNoDay(String text) {
        assertThat(DateParser.parse(text, TODAY)).isEmpty();
    }
}
