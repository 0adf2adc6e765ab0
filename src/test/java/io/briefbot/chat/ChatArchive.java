package io.briefbot.chat;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The small archive the chat tests talk to: China.Table's harbour issue every weekday from Monday 5 to
 * Friday 9 October 2026 and on Monday 12, Europe.Table also on Monday 12, and China.Table's full issue on
 * Tuesday 13, the newest. Nothing on the weekend.
 */
public final class ChatArchive {

    public static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 10, 5);
    public static final LocalDate SECOND_MONDAY = FIRST_MONDAY.plusDays(7);
    public static final LocalDate NEWEST = SECOND_MONDAY.plusDays(1);
    /** A Wednesday, the day after the newest issue. */
    public static final LocalDate TODAY = NEWEST.plusDays(1);
    public static final int HARBOUR_ISSUES = 6;
    public static final String HARBOUR = "api/harbour-issue.txt";

    private ChatArchive() {
    }

    public static void store(IssueIngestor ingestor) {
        Archive.clear();
        int[] weekdays = {0, 1, 2, 3, 4, 7};
        for (int i = 0; i < weekdays.length; i++) {
            storeText(ingestor, harbourVariant(i), FIRST_MONDAY.plusDays(weekdays[i]));
        }
        store(ingestor, Fixtures.resource("fixtures/de-europe-full-issue.txt"), SECOND_MONDAY);
        store(ingestor, Fixtures.resource("fixtures/en-china-full-issue.txt"), NEWEST);
    }

    /** The harbour issue again; trailing blank lines make it other content with the same articles. */
    public static String harbourVariant(int variant) {
        return new String(Fixtures.resource(HARBOUR), StandardCharsets.UTF_8) + "\n".repeat(variant);
    }

    public static IssueJson storeText(IssueIngestor ingestor, String text, LocalDate date) {
        return store(ingestor, text.getBytes(StandardCharsets.UTF_8), date);
    }

    private static IssueJson store(IssueIngestor ingestor, byte[] raw, LocalDate date) {
        return ingestor.ingest(new IngestRequest(raw, "text/plain", null, date, IngestSource.API)).issue();
    }
}
