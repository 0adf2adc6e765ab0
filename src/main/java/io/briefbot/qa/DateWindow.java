package io.briefbot.qa;

import java.time.LocalDate;

/** The days a question is about, both included. */
public record DateWindow(LocalDate from, LocalDate to) {
}
