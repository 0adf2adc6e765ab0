package io.briefbot.ingest;

public enum IngestOutcome {
    /** A new edition was stored. */
    CREATED,
    /** The very same content was already stored; nothing changed. */
    DUPLICATE,
    /** A corrected version of a stored edition replaced it, keeping its id. */
    UPDATED
}
