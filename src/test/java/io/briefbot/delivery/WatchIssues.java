package io.briefbot.delivery;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Invented issues for watch alerts: a headline of their own (announcing no article), an editorial sentence and one
 * article, each free to carry the words a test watches. The same topic and date again with other words is a correction.
 */
public final class WatchIssues {

    public static final String AUTHOR = "Mara Feldkamp";
    /** An editorial sentence without the words the tests watch. */
    public static final String PLAIN_EDITORIAL = "This morning the port authority published its rules for the quays.";

    private WatchIssues() {
    }

    public static IssueJson store(IssueIngestor ingestor, String topic, LocalDate date, String headline, String editorial,
                                  String title, String body) {
        String text = String.join("\n", List.of(
                "Table.Briefing: " + topic,
                "- " + headline,
                "- " + title,
                "Dear reader,",
                editorial,
                "We look at who the rules leave out and what the terminals say about them.",
                "Your " + AUTHOR,
                "",
                "News",
                title,
                body,
                "Smaller terminals asked for a grace period of a year before the rules apply to them.",
                "- Ports",
                "Continue reading now",
                "… and get free access to this Professional Briefing for a month.")) + "\n";
        return ingestor.ingest(new IngestRequest(text.getBytes(StandardCharsets.UTF_8), "text/plain", null, date, IngestSource.API))
                .issue();
    }

    public static String publication(String topic) {
        return DeliveryIssues.publication(topic);
    }

    public static long alertsOf(String chatId) {
        return Ledgers.all().stream().filter(row -> row.chatId.equals(chatId) && Delivery.WATCH_ALERT.equals(row.kind)).count();
    }
}
