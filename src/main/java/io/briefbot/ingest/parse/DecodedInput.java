package io.briefbot.ingest.parse;

import java.time.LocalDate;
import java.util.List;

/** What a format decoder hands to the shared parser: raw blocks plus metadata found outside the text. */
record DecodedInput(List<Block> blocks, LocalDate date, String title, String publicationHint, String url) {
}
