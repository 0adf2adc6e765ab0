package io.briefbot.ingest;

import io.briefbot.ingest.parse.IssueParser;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

public class IngestBeans {

    @Produces
    @Singleton
    IssueParser issueParser() {
        return new IssueParser();
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
