package io.briefbot.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads invented fixture issues from src/test/resources/fixtures. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedIssue parse(String name) {
        ParsedIssue issue = new IssueParser().parse(bytes(name), null);
        ParsedIssueAssertions.assertCleanContent(issue);
        return issue;
    }
}
