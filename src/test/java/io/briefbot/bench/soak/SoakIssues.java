package io.briefbot.bench.soak;

import io.briefbot.ingest.parse.IssueGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/** The issues the soak ingests: today's (and its correction), two that bring tag alerts, and generated archive issues. */
final class SoakIssues {

    static final LocalDate FIRST_ARCHIVE_DAY = LocalDate.of(2018, 1, 1);
    static final String ARCHIVE = "Soak Archive";

    private final Path today;
    private final Random random = new Random(20221129);
    private int archived;

    SoakIssues(Path today) {
        this.today = today;
    }

    /** Today's issue; corrected, one article's lede says something else. */
    String today(boolean corrected) throws IOException {
        String issue = Files.readString(today);
        return corrected ? issue.replace("until the summer.", "until the autumn, the bank now says.") : issue;
    }

    /** A generated issue of the archive, each on a day of its own (so none corrects another), none recent. */
    Archived nextArchived() {
        return new Archived(IssueGenerator.text(random), FIRST_ARCHIVE_DAY.plusDays(archived++));
    }

    record Archived(String text, LocalDate date) {
    }

    /** Three articles, two of them tagged Cyber (followed by some chats), one Economy. */
    static String alerts(int number) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Alerts ").append(number)
                .append("</title></head><body>\n<p>Table.Briefing: Alerts ").append(number).append("</p>\n<ul>\n");
        String[] titles = {"Ransomware gang hits port operator " + number, "Regulator fines bank over leaked records " + number,
            "Bond yields edge higher in quiet trading " + number};
        String[] tags = {"Cyber", "Cyber", "Economy"};
        for (String title : titles) {
            html.append("<li>").append(title).append("</li>\n");
        }
        html.append("</ul>\n<p>Dear reader,</p>\n<p>Two security stories lead today, and markets stay calm.</p>\n<p>Your Alerts Desk</p>\n");
        for (int i = 0; i < titles.length; i++) {
            html.append("<p>").append(tags[i]).append("</p>\n<h2><a href=\"https://news.example.org/alerts/").append(number).append('/')
                    .append(i + 1).append("\">").append(titles[i]).append("</a></h2>\n<p>What happened, and what follows from it, in brief ")
                    .append(number).append('.').append(i + 1).append(".</p>\n<ul><li>").append(tags[i]).append("</li></ul>\n");
        }
        return html.append("</body></html>\n").toString();
    }
}
