package io.briefbot.ingest.parse;

/** Input formats the parser understands. */
public enum Format { TEXT, HTML, EML }
