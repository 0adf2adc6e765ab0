package io.briefbot.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.Issue;
import io.briefbot.testing.Await;
import io.briefbot.testing.FixtureIssues;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The edition date of a dropped file: the text's own date, else the one in the file's name, else today. */
@QuarkusTest
@TestProfile(InboxEnabledProfile.class)
class InboxEditionDateTest {

    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);

    @Inject
    InboxConfig config;

    @Test
    void aTextWithoutADateTakesTheOneInItsName() throws IOException {
        String title = FixtureIssues.uniqueTitle("Named text");
        String topic = FixtureIssues.uniqueTopic("Named");

        ingest(topic.toLowerCase() + "-table-2022-07-08.txt", FixtureIssues.text(topic, title));

        assertThat(storedDate(title)).isEqualTo(LocalDate.of(2022, 7, 8));
    }

    @Test
    void aPageNamedByItsDateAlone() throws IOException {
        String title = FixtureIssues.uniqueTitle("Named page");

        ingest("20220710.html", FixtureIssues.html(FixtureIssues.uniqueTopic("Page"), title));

        assertThat(storedDate(title)).isEqualTo(LocalDate.of(2022, 7, 10));
    }

    @Test
    void anEmailsDateHeaderWinsOverItsName() throws IOException {
        String title = FixtureIssues.uniqueTitle("Dated mail");
        String topic = FixtureIssues.uniqueTopic("Mail");

        ingest("2022-07-09_" + topic.toLowerCase() + ".eml", FixtureIssues.eml(topic, LocalDate.of(2024, 3, 1), title));

        assertThat(storedDate(title)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aDateLineInTheTextWinsOverTheName() throws IOException {
        String title = FixtureIssues.uniqueTitle("Dated text");
        String topic = FixtureIssues.uniqueTopic("Dated");
        String text = FixtureIssues.text(topic, title).replaceFirst("\n", "\nMonday, 11 July 2022\n");

        ingest(topic.toLowerCase() + "-2022-07-12.txt", text);

        assertThat(storedDate(title)).isEqualTo(LocalDate.of(2022, 7, 11));
    }

    private void ingest(String name, String content) throws IOException {
        Path folder = config.folder().toAbsolutePath().normalize();
        Files.createDirectories(folder);
        Path staging = folder.resolve("." + name);
        Files.writeString(staging, content);
        Files.setLastModifiedTime(staging, FileTime.from(Instant.now().minus(Duration.ofSeconds(5))));
        Files.move(staging, folder.resolve(name));
        Path processed = folder.resolve("processed").resolve(name);
        Await.until(name + " is in processed/", WITHIN_SECONDS, () -> Files.exists(processed));
    }

    private static LocalDate storedDate(String articleTitle) {
        return QuarkusTransaction.requiringNew().call(() -> Issue.getEntityManager()
                .createQuery("select distinct i.date from Issue i join i.articles a where a.title = :title", LocalDate.class)
                .setParameter("title", articleTitle)
                .getSingleResult());
    }
}
