package io.briefbot.ingest.parse;

/** Thrown when an input cannot be accepted as a briefing issue; the message says why in plain words. */
public final class IssueRejectedException extends RuntimeException {

    public enum Reason { EMPTY, BINARY, TOO_LARGE, NOT_AN_ISSUE, MALFORMED }

    private final Reason reason;

    public IssueRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
