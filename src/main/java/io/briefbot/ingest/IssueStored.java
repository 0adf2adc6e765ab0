package io.briefbot.ingest;

/**
 * Fired when an ingest created or corrected an issue; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once it is committed.
 */
public record IssueStored(long issueId, IngestOutcome outcome) {
}
