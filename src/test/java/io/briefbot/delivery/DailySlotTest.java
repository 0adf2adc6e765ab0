package io.briefbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailySlotTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Last Sunday of March 2026: 02:00 CET becomes 03:00 CEST. */
    static final LocalDate SPRING = LocalDate.of(2026, 3, 29);
    /** Last Sunday of October 2026: 03:00 CEST becomes 02:00 CET. */
    static final LocalDate AUTUMN = LocalDate.of(2026, 10, 25);

    static DailySlot berlin(String time) {
        return new DailySlot(LocalTime.parse(time), BERLIN, Days.DAILY);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-03-28, 2026-03-28T06:30:00Z",
            "2026-03-29, 2026-03-29T05:30:00Z",
            "2026-03-30, 2026-03-30T05:30:00Z",
            "2026-10-24, 2026-10-24T05:30:00Z",
            "2026-10-25, 2026-10-25T06:30:00Z",
            "2026-10-26, 2026-10-26T06:30:00Z"})
    void halfPastSevenInBerlinIsHalfPastSevenLocalOnBothSidesOfEachChange(LocalDate date, Instant expected) {
        Instant slot = berlin("07:30").on(date).orElseThrow();

        assertThat(slot).isEqualTo(expected);
        assertThat(slot.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void aSlotInTheSpringGapIsTheFirstMinuteAfterIt() {
        Instant slot = berlin("02:30").on(SPRING).orElseThrow();

        assertThat(slot).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(slot.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        assertThat(ZonedDateTime.of(SPRING, LocalTime.of(2, 30), BERLIN).toLocalTime())
                .as("what java.time alone would give").isEqualTo(LocalTime.of(3, 30));
        assertThat(berlin("02:00").on(SPRING)).contains(slot);
        assertThat(berlin("03:00").on(SPRING)).contains(slot);
        assertThat(new DailySlot(LocalTime.of(2, 30), ZoneId.of("America/New_York"), Days.DAILY).on(LocalDate.of(2026, 3, 8)))
                .contains(Instant.parse("2026-03-08T07:00:00Z"));
    }

    @Test
    void aSlotInTheAutumnOverlapIsItsEarlierOccurrenceAndComesOnce() {
        DailySlot slot = berlin("02:30");
        Instant first = Instant.parse("2026-10-25T00:30:00Z");
        Instant second = Instant.parse("2026-10-25T01:30:00Z");
        assertThat(second.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(2, 30));

        assertThat(slot.on(AUTUMN)).contains(first);
        assertThat(slot.dueAt(first.minusSeconds(1))).isEmpty();
        assertThat(slot.dueAt(first)).contains(first);
        assertThat(slot.dueAt(second)).contains(first);
        assertThat(slot.nextAfter(first)).isEqualTo(ZonedDateTime.of(AUTUMN.plusDays(1), LocalTime.of(2, 30), BERLIN));
    }

    @Test
    void weekdaysAreMondayToFridayOfTheLocalCalendar() {
        DailySlot tokyo = new DailySlot(LocalTime.of(8, 0), ZoneId.of("Asia/Tokyo"), Days.WEEKDAYS);
        DailySlot losAngeles = new DailySlot(LocalTime.of(20, 0), ZoneId.of("America/Los_Angeles"), Days.WEEKDAYS);

        assertThat(tokyo.on(LocalDate.of(2026, 10, 10))).as("Saturday").isEmpty();
        assertThat(tokyo.on(LocalDate.of(2026, 10, 11))).as("Sunday").isEmpty();
        // Monday 08:00 in Tokyo is still Sunday in UTC.
        assertThat(tokyo.on(LocalDate.of(2026, 10, 12))).contains(Instant.parse("2026-10-11T23:00:00Z"));
        // Friday 20:00 in Los Angeles is already Saturday in UTC.
        assertThat(losAngeles.on(LocalDate.of(2026, 10, 9))).contains(Instant.parse("2026-10-10T03:00:00Z"));
        assertThat(losAngeles.on(LocalDate.of(2026, 10, 10))).isEmpty();
        assertThat(tokyo.nextAfter(Instant.parse("2026-10-09T23:00:01Z")))
                .isEqualTo(ZonedDateTime.of(LocalDate.of(2026, 10, 12), LocalTime.of(8, 0), ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void dueFromTheSlotUntilTheEndOfTheLocalDayOnly() {
        DailySlot slot = berlin("07:30");

        assertThat(slot.dueAt(Instant.parse("2026-10-12T05:29:59Z"))).isEmpty();
        assertThat(slot.dueAt(Instant.parse("2026-10-12T05:30:00Z"))).contains(Instant.parse("2026-10-12T05:30:00Z"));
        assertThat(slot.dueAt(Instant.parse("2026-10-12T21:59:59Z"))).contains(Instant.parse("2026-10-12T05:30:00Z"));
        // 00:30 in Berlin on the 13th: a new local day whose slot has not come; the 12th's is not due any more.
        assertThat(slot.dueAt(Instant.parse("2026-10-12T22:30:00Z"))).isEmpty();
        assertThat(slot.localDate(Instant.parse("2026-10-12T22:30:00Z"))).isEqualTo(LocalDate.of(2026, 10, 13));
    }
}
