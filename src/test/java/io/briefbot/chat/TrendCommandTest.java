package io.briefbot.chat;

import static io.briefbot.chat.ChatArchive.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.format.Action;
import io.briefbot.format.NoticeReply;
import io.briefbot.format.Picture;
import io.briefbot.format.PictureReply;
import io.briefbot.format.Reply;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Png;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /trend against the chat archive: on Wednesday 14 October 2026 the weeks of 21 and 28 September have no issue, the
 * week of 5 October five harbour issues, the week of 12 October one more and the full China.Table issue.
 */
@QuarkusTest
@TestProfile(ChatTestProfile.class)
class TrendCommandTest {

    private static final int OKABE_ITO_BLUE = 0x0072B2;
    private static final int OKABE_ITO_ORANGE = 0xE69F00;
    private static final int OKABE_ITO_GREEN = 0x009E73;

    @Inject
    IssueIngestor ingestor;

    @Inject
    CommandRouter router;

    @Inject
    SettableClock clock;

    @BeforeEach
    void archive() {
        clock.set(TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant());
        ChatArchive.store(ingestor);
    }

    @Test
    void aTagsArticlesPerWeekAreAChartWithTheNumbersInWords() {
        PictureReply chart = run("/trend ports 4", PictureReply.class);

        assertThat(chart.title()).isEqualTo("Articles per week: Ports");
        Picture picture = chart.picture();
        assertThat(picture.width()).isGreaterThanOrEqualTo(1000);
        assertThat(picture.height()).isGreaterThanOrEqualTo(600);
        BufferedImage image = Png.assertPng(picture.png(), picture.width(), picture.height());
        assertThat(Png.pixelsOf(image, OKABE_ITO_BLUE)).as("the line in Okabe–Ito blue").isGreaterThan(500);
        assertThat(picture.description()).isEqualTo("Articles per week, 4 weeks from the week of 21 Sep 2026 to the week of "
                + "12 Oct 2026. Ports: 0, 0, 5, 2; 7 in all, most in the week of 5 Oct 2026 (5).");
        assertThat(picture.fileName()).isEqualTo("trend-ports.png");
    }

    @Test
    void upToThreeTagsInAnyCaseOrAccentsAreChartedInTheirOwnColours() {
        PictureReply chart = run("/trend PORTS \"local FINANCE\" forderpolitik 3", PictureReply.class);

        assertThat(chart.title()).isEqualTo("Articles per week: Ports, Local finance, Förderpolitik");
        assertThat(chart.picture().description()).contains("Ports: 0, 5, 2;", "Local finance: 0, 5, 1;", "Förderpolitik: 0, 0, 1;");
        BufferedImage image = Png.assertPng(chart.picture().png(), chart.picture().width(), chart.picture().height());
        assertThat(Png.pixelsOf(image, OKABE_ITO_ORANGE)).as("second line").isGreaterThan(200);
        assertThat(Png.pixelsOf(image, OKABE_ITO_GREEN)).as("third line").isGreaterThan(200);
    }

    @Test
    void twelveWeeksUnlessToldAndTheSameTagOnlyOnce() {
        PictureReply chart = run("/trend ports Ports #ports", PictureReply.class);

        assertThat(chart.title()).isEqualTo("Articles per week: Ports");
        assertThat(chart.picture().description()).startsWith("Articles per week, 12 weeks from the week of 27 Jul 2026")
                .contains("Ports: 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 2;");
    }

    @Test
    void verlaufOrWochenAsksInGerman() {
        for (String command : new String[] {"/verlauf ports 4", "/trend ports 4 Wochen"}) {
            PictureReply chart = run(command, PictureReply.class);
            assertThat(chart.title()).as(command).isEqualTo("Artikel pro Woche: Ports");
            assertThat(chart.picture().description()).as(command).startsWith("Artikel pro Woche, 4 Wochen von der Woche ab 21. Sept. 2026")
                    .endsWith("Ports: 0, 0, 5, 2; insgesamt 7, die meisten in der Woche ab 5. Okt. 2026 (5).");
        }
    }

    @Test
    void anUnknownTagGetsTheTagsSpelledNearIt() {
        NoticeReply notice = run("/trend ports cybr", NoticeReply.class);

        assertThat(notice.kind()).isEqualTo(NoticeReply.Kind.NOT_FOUND);
        assertThat(notice.text()).contains("“cybr”", "Did you mean", "Cyber");
        assertThat(notice.actions()).contains(new Action("Cyber", "/trend \"Cyber\""), new Action("Most used tags", "/tags"));
        assertThat(run("/verlauf zeppeline", NoticeReply.class).text()).startsWith("Kein Artikel hat den Tag „zeppeline“");
    }

    @Test
    void argumentsItCannotChartAreExplained() {
        assertThat(run("/trend", NoticeReply.class).text()).startsWith("Which tags?");
        assertThat(run("/trend ports cyber banking logistics", NoticeReply.class).text()).contains("at most 3 tags");
        assertThat(run("/trend ports 53", NoticeReply.class).text()).isEqualTo("A chart covers 2 to 52 weeks, not 53.");
        assertThat(run("/trend ports 1", NoticeReply.class).text()).contains("not 1");
        assertThat(run("/trend ports 99999999999", NoticeReply.class).text()).contains("2 to 52 weeks");
        assertThat(run("/verlauf ports 60", NoticeReply.class).text()).isEqualTo("Ein Diagramm umfasst 2 bis 52 Wochen, nicht 60.");
    }

    private <T extends Reply> T run(String text, Class<T> type) {
        Reply reply = router.handle(new ChatRequest(Platform.CONSOLE, null, "console", "local", text));
        assertThat(reply).as(text).isInstanceOf(type);
        return type.cast(reply);
    }
}
