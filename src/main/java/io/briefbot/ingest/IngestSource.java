package io.briefbot.ingest;

import java.util.Locale;

/** Where an issue came in; stored with it, and the {@code source} of {@code briefbot_ingests_total}. */
public enum IngestSource {
    API, INBOX, FEED, IMPORT, SAMPLE,
    /** Read from the IMAP mailbox. */
    IMAP,
    /** Pushed as a raw e-mail to {@code POST /api/inbound/email}. */
    EMAIL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
