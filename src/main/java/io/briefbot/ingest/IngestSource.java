package io.briefbot.ingest;

/** Where an issue came in; stored with it. */
public enum IngestSource {
    API, INBOX, FEED, IMPORT, SAMPLE
}
