package io.briefbot.chat.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.PRIVATE_CHAT;
import static io.briefbot.chat.telegram.TelegramWebhookProfile.SECRET;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.briefbot.chat.ChatArchive;
import io.briefbot.format.TrendChart;
import io.briefbot.common.BriefingCalendar;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.briefbot.testing.Await;
import io.briefbot.testing.Png;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TelegramWebhookProfile.class)
@QuarkusTestResource(value = TelegramApiStandIn.class, restrictToAnnotatedClass = true)
class TelegramTrendTest {

    WireMockServer telegram;

    @Inject
    IssueIngestor ingestor;

    @Inject
    BriefingCalendar calendar;

    @Test
    void aTrendIsSentAsAPhotoUploadWithTheNumbersAsItsCaption() {
        Archive.clear();
        LocalDate lastWeek = calendar.today().minusWeeks(1);
        ChatArchive.storeText(ingestor, ChatArchive.harbourVariant(0), lastWeek);
        String monday = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
                .format(lastWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));

        given().header(TelegramWebhookRoute.SECRET_HEADER, SECRET).contentType("application/json")
                .body(TelegramUpdateJson.privateMessage(800_001, PRIVATE_CHAT, "/trend ports 4")).post("/telegram/webhook")
                .then().statusCode(200);

        Await.until("sendPhoto called", Duration.ofSeconds(20), () -> !photos().isEmpty());
        LoggedRequest upload = photos().get(0);
        assertThat(upload.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        Map<String, Request.Part> parts = upload.getParts().stream().collect(Collectors.toMap(Request.Part::getName, Function.identity()));
        assertThat(text(parts.get("chat_id"))).isEqualTo(Long.toString(PRIVATE_CHAT));
        assertThat(text(parts.get("parse_mode"))).isEqualTo("HTML");
        assertThat(text(parts.get("caption"))).startsWith("Articles per week, 4 weeks from the week of ")
                .endsWith("Ports: 0, 0, 1, 0; 1 in all, most in the week of " + monday + " (1).");
        Request.Part photo = parts.get("photo");
        assertThat(photo.getHeader("Content-Type").firstValue()).isEqualTo("image/png");
        assertThat(photo.getHeader("Content-Disposition").firstValue()).contains("filename=\"trend-ports.png\"");
        Png.assertPng(photo.getBody().asBytes(), TrendChart.WIDTH, TrendChart.HEIGHT);
        assertThat(TrendChart.WIDTH).isGreaterThanOrEqualTo(1000);
        assertThat(TrendChart.HEIGHT).isGreaterThanOrEqualTo(600);
    }

    private List<LoggedRequest> photos() {
        return telegram.findAll(postRequestedFor(urlEqualTo(TelegramApiStandIn.path("sendPhoto"))));
    }

    private static String text(Request.Part part) {
        return new String(part.getBody().asBytes(), StandardCharsets.UTF_8);
    }
}
