package io.briefbot.bench;

import io.briefbot.ingest.parse.IssueGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * Writes an archive folder of generated issues for the import benchmark: half as e-mails, half as
 * HTML pages, every one dated on its own day so that none corrects another.
 * Usage: GeneratedArchive <folder> <count>
 */
public final class GeneratedArchive {

    private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

    private GeneratedArchive() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(folder);
        Random random = new Random(20220708);
        for (int i = 0; i < count; i++) {
            LocalDate date = FIRST_DAY.plusDays(i);
            String name = String.format("%05d-%s", i, date);
            if (i % 2 == 0) {
                write(folder.resolve(name + ".eml"), asMail(IssueGenerator.text(random), i));
            } else {
                write(folder.resolve(name + ".html"), IssueGenerator.html(random)
                        .replaceFirst("(?i)<head>", "<head><meta name=\"date\" content=\"" + date + "\">"));
            }
        }
        System.out.println("Wrote " + count + " issues to " + folder);
    }

    /** The issue as the body of an e-mail dated {@code index} days after the first day. */
    public static String asMail(String text, int index) {
        String date = FIRST_DAY.plusDays(index).atTime(6, 30).atOffset(ZoneOffset.ofHours(1))
                .format(DateTimeFormatter.RFC_1123_DATE_TIME);
        return "From: Briefing Desk <desk@briefings.example>\r\n"
                + "To: team@example.org\r\n"
                + "Date: " + date + "\r\n"
                + "Subject: Daily briefing " + index + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
