package io.briefbot.chat.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefbot.archive.IssueJson;
import io.briefbot.chat.ChatArchive;
import io.briefbot.chat.ChatTestProfile;
import io.briefbot.chat.SettableClock;
import io.briefbot.ingest.IssueIngestor;
import io.briefbot.testing.Archive;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in Debian's chromium: never a browser or driver that Selenium would download. */
@QuarkusTest
@TestProfile(ChatTestProfile.class)
class ConsoleBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String HOSTILE_HEADLINE = "<script>window.hacked = true</script> Fees & tolls <b>rise</b> in Tianjin";
    static final String FIXTURE_HEADLINE = "Harbour fees rise in Tianjin";
    static final String ARTICLE_TEXT = "Importers in Hamburg and Rotterdam";

    static Path profile;
    static ChromeDriver browser;

    @TestHTTPResource("/")
    URL console;

    @Inject
    IssueIngestor ingestor;

    @Inject
    SettableClock clock;

    IssueJson hostile;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException(CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install -y chromium chromium-driver (./test installs them)");
        }
        profile = Files.createTempDirectory("briefbot-chromium-");
        ChromeOptions options = new ChromeOptions();
        // With both the binary and the driver given, Selenium Manager has nothing to look up or download.
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-proxy-server",
                "--user-data-dir=" + profile);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService driver = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @BeforeEach
    void archive() {
        clock.set(ChatArchive.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC));
        Archive.clear();
        ChatArchive.storeText(ingestor, ChatArchive.harbourVariant(0), ChatArchive.FIRST_MONDAY);
        hostile = ChatArchive.storeText(ingestor,
                ChatArchive.harbourVariant(1).replace("- " + FIXTURE_HEADLINE, "- " + HOSTILE_HEADLINE), ChatArchive.NEWEST);
        assertThat(hostile.headlines()).contains(HOSTILE_HEADLINE);
    }

    @Test
    void todayInBothPanesThenReadAnArticle() {
        browser.get(console.toString());
        await(() -> text("#issues").contains(FIXTURE_HEADLINE) && text("#issues").contains(HOSTILE_HEADLINE));

        WebElement input = browser.findElement(By.id("command"));
        input.sendKeys("/today", Keys.ENTER);
        await(() -> text("#telegram").contains("Column: Why tea prices matter") && text("#slack").contains("Column: Why tea prices matter"));

        for (String headline : hostile.headlines()) {
            assertThat(text("#telegram")).contains(headline);
            assertThat(text("#slack")).contains(headline);
        }
        assertThat(browser.findElements(By.cssSelector("#telegram script, #slack script"))).isEmpty();
        assertThat(browser.findElements(By.xpath("//*[@id='telegram' or @id='slack']//*[normalize-space(text())='rise']"))).isEmpty();
        assertThat(browser.executeScript("return window.hacked === undefined")).isEqualTo(true);

        click("#telegram", "Read Tianjin");
        await(() -> text("#telegram").contains(ARTICLE_TEXT) && text("#slack").contains(ARTICLE_TEXT));

        int exchanges = browser.findElements(By.cssSelector("#slack .exchange")).size();
        click("#slack", "Read Banks");
        await(() -> browser.findElements(By.cssSelector("#slack .exchange")).size() > exchanges
                && lastExchange("#slack").contains("Twelve state banks")
                && lastExchange("#telegram").contains("Twelve state banks"));
    }

    private void click(String pane, String labelStart) {
        List<WebElement> buttons = browser.findElements(By.cssSelector(pane + " button")).stream()
                .filter(button -> button.getText().startsWith(labelStart))
                .toList();
        assertThat(buttons).as("buttons starting with " + labelStart + " in " + pane).isNotEmpty();
        buttons.get(buttons.size() - 1).click();
    }

    private String text(String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private String lastExchange(String pane) {
        List<WebElement> exchanges = browser.findElements(By.cssSelector(pane + " .exchange"));
        return exchanges.isEmpty() ? "" : exchanges.get(exchanges.size() - 1).getText();
    }

    private static void await(BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> condition.getAsBoolean());
    }
}
