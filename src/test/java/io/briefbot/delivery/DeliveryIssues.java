package io.briefbot.delivery;

import io.briefbot.archive.IssueJson;
import io.briefbot.ingest.IngestRequest;
import io.briefbot.ingest.IngestResult;
import io.briefbot.ingest.IngestSource;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.FixtureIssues;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Invented issues for delivery tests: a publication, a date, articles with tags; a wording to make corrections. */
public final class DeliveryIssues {

    public record Piece(String title, List<String> tags) {
    }

    private DeliveryIssues() {
    }

    public static IssueJson store(IssueIngestor ingestor, String topic, LocalDate date, String wording, Piece... pieces) {
        return ingest(ingestor, topic, date, wording, pieces).issue();
    }

    /** An issue of "Harbour.Table" dated {@code day} (2026-10-19), with these articles. */
    public static IssueJson storeOn(IssueIngestor ingestor, String day, Piece... pieces) {
        return store(ingestor, "Harbour", LocalDate.parse(day), "as of " + day, pieces);
    }

    static IngestResult ingest(IssueIngestor ingestor, String topic, LocalDate date, String wording, Piece... pieces) {
        byte[] raw = text(topic, wording, pieces).getBytes(StandardCharsets.UTF_8);
        return ingestor.ingest(new IngestRequest(raw, "text/plain", null, date, IngestSource.API));
    }

    /** The {@link FixtureIssues#html} issue dated {@code date}, its article's title a link to {@code href} (as HTML has it). */
    public static void storeLinked(IssueIngestor ingestor, LocalDate date, String title, String href) {
        String html = FixtureIssues.html(FixtureIssues.uniqueTopic("Linked"), title)
                .replace("<p>" + title + "</p>", "<p><a href=\"" + href + "\">" + title + "</a></p>");
        ingestor.ingest(new IngestRequest(html.getBytes(StandardCharsets.UTF_8), "text/html", null, date, IngestSource.API));
    }

    public static Piece piece(String title, String... tags) {
        return new Piece(title, List.of(tags));
    }

    /** "Table.Briefing: Topic" makes the publication "Topic.Table". */
    static String publication(String topic) {
        return topic + ".Table";
    }

    private static String text(String topic, String wording, Piece... pieces) {
        List<String> lines = new ArrayList<>();
        lines.add("Table.Briefing: " + topic);
        for (Piece piece : pieces) {
            lines.add("- " + piece.title());
        }
        lines.add("Dear reader,");
        lines.add("This morning the port authority of Lindau published its rules for crane data, " + wording + ".");
        lines.add("We look at who the rules leave out and what the terminals say about them.");
        lines.add("Your Mara Feldkamp");
        for (Piece piece : pieces) {
            lines.add("");
            lines.add("News");
            lines.add(piece.title());
            lines.add("The operators of the inland port met on Monday to agree on " + piece.title().toLowerCase() + ", " + wording + ".");
            lines.add("Smaller terminals asked for a grace period of a year before the rules apply to them.");
            piece.tags().forEach(tag -> lines.add("- " + tag));
        }
        lines.add("Continue reading now");
        lines.add("… and get free access to this Professional Briefing for a month.");
        return String.join("\n", lines) + "\n";
    }
}
