package io.briefbot.ingest.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * What a format decoder hands to the shared parser: raw blocks plus metadata found outside the text.
 * {@code title} is the issue title the metadata gives (an e-mail's subject, a page title in the "topic + topic"
 * shape); {@code pageTitle} is any page title or subject, for a newsletter of another shape.
 */
record DecodedInput(List<Block> blocks, LocalDate date, String title, String publicationHint, String url,
                    String pageTitle, Origin origin) {
}
