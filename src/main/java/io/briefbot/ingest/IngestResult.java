package io.briefbot.ingest;

import io.briefbot.archive.IssueJson;

public record IngestResult(IngestOutcome outcome, IssueJson issue) {
}
