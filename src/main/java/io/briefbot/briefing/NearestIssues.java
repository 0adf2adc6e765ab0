package io.briefbot.briefing;

import io.briefbot.archive.IssueJson;
import java.util.Optional;

/** The issues closest to a day that has none. */
public record NearestIssues(Optional<IssueJson> before, Optional<IssueJson> after) {
}
