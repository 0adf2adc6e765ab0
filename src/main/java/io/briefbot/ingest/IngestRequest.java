package io.briefbot.ingest;

import java.time.LocalDate;

/**
 * Raw input and what the caller knows about it.
 *
 * @param contentType  text/plain, text/html or message/rfc822; null to sniff
 * @param publication  overrides the publication found in the text; may be null
 * @param date         overrides the date found in the metadata; may be null
 * @param defaultDate  the edition date when neither {@code date} nor the input states one (a file name's date);
 *                     may be null, then today
 */
public record IngestRequest(byte[] raw, String contentType, String publication, LocalDate date, IngestSource source,
                            LocalDate defaultDate) {

    public IngestRequest(byte[] raw, String contentType, String publication, LocalDate date, IngestSource source) {
        this(raw, contentType, publication, date, source, null);
    }

    public static IngestRequest of(byte[] raw, String contentType, IngestSource source) {
        return new IngestRequest(raw, contentType, null, null, source);
    }

    public IngestRequest withDefaultDate(LocalDate fallback) {
        return new IngestRequest(raw, contentType, publication, date, source, fallback);
    }
}
