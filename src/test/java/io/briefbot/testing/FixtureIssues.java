package io.briefbot.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Small invented issues in the shape of a daily briefing; every title makes a distinct issue. */
public final class FixtureIssues {

    private FixtureIssues() {
    }

    /** A title no other test run uses, so tests need not empty the archive. */
    public static String uniqueTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A publication topic no other test run uses, so issues of different runs never share an edition.
     * Letters and hyphens only: the header "Table.Briefing: Topic" names the publication "Topic.Table".
     */
    public static String uniqueTopic(String prefix) {
        StringBuilder topic = new StringBuilder(prefix).append('-');
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            topic.append((char) ('a' + random.nextInt(26)));
        }
        return topic.toString();
    }

    public static String text(String publicationTopic, String uniqueTitle) {
        return String.join("\n", lines(publicationTopic, uniqueTitle)) + "\n";
    }

    /** The same issue as an e-mail, dated by its Date header. */
    public static String eml(String publicationTopic, LocalDate date, String uniqueTitle) {
        String dateHeader = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH)
                .format(date.atTime(6, 0).atOffset(ZoneOffset.ofHours(2)));
        return "From: Table.Briefing <briefing@example.invalid>\r\n"
                + "To: reader@example.invalid\r\n"
                + "Subject: " + uniqueTitle + "\r\n"
                + "Date: " + dateHeader + "\r\n"
                + "Message-ID: <" + UUID.randomUUID() + "@example.invalid>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + String.join("\r\n", lines(publicationTopic, uniqueTitle)) + "\r\n";
    }

    /** The same issue as an HTML page: one element per line of the text form. */
    public static String html(String publicationTopic, String uniqueTitle) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(uniqueTitle)).append("</title></head><body>\n");
        for (String line : lines(publicationTopic, uniqueTitle)) {
            if (line.isEmpty()) {
                continue;
            }
            html.append(line.startsWith("- ") ? "<ul><li>" + escape(line.substring(2)) + "</li></ul>" : "<p>" + escape(line) + "</p>")
                    .append('\n');
        }
        return html.append("</body></html>\n").toString();
    }

    private static List<String> lines(String topic, String title) {
        return List.of(
                "Table.Briefing: " + topic,
                "- Harbour cranes in Lindau get a software update after " + title,
                "- Provincial rail office publishes its timetable for the autumn",
                "Dear readers,",
                "the river port of Lindau has spent the spring arguing about who may read the data its cranes collect.",
                "Today we look at the rules the port authority finally wrote down, and at who they leave out.",
                "Mara Feldkamp",
                "",
                "Feature",
                title,
                "The port authority of Lindau will require every crane operator to keep sensor logs for ninety days.",
                "The rule follows a dispute between two terminal operators over who owns the lifting data of shared cranes.",
                "Operators must now name a data officer and report every request for the logs within a week.",
                "Smaller terminals say the cost of storing the logs falls hardest on them and ask for a grace period.",
                "- Cyber",
                "- Data",
                "",
                "Continue reading now",
                "… and get free access to this Professional Briefing for a month.",
                "Are you already a guest at the China.Table? Log in now");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
