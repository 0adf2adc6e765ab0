package io.briefbot.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Newsletters of other publishers that a team forwards, each an invented fixture in a real newsletter's shape. */
class NewsletterShapesTest {

    /** Sponsor and footer text of the fixtures that must never reach a field. */
    private static final List<String> NOT_CONTENT = List.of("Corvane", "Sommerfest", "Umzug", "Tickets",
            "Northpoint Media", "Hauptstadtbote Verlag", "Quay Road", "Harbour Lane", "Catch up quickly",
            "Container volumes are back", "Forwarded this email", "Subscribe for free");

    private static ParsedIssue parse(String fixture) {
        ParsedIssue issue = Fixtures.parse(fixture);
        List<String> strings = ParsedIssueAssertions.allStrings(issue);
        for (String notContent : NOT_CONTENT) {
            assertThat(strings).as(fixture).noneMatch(s -> s.contains(notContent));
        }
        // tracking pixels and image-only links never become an article's link
        assertThat(issue.articles()).extracting(ParsedArticle::url)
                .noneMatch(url -> url != null && (url.contains("ads.example") || url.contains(".gif") || url.contains("px?")));
        return issue;
    }

    @Test
    void capitolPageWithCapitalisedLeadInsAndASponsor() {
        ParsedIssue issue = parse("en-docket-page.html");

        assertThat(issue.publication()).isEqualTo("Capitol Ledger");
        assertThat(issue.title()).isEqualTo("Morning Docket: The budget deal nobody wanted");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertDocketContent(issue);
    }

    @Test
    void capitolEmailTakesItsNameFromTheListIdOverTheSender() {
        ParsedIssue issue = parse("en-docket-email.eml");

        assertThat(issue.publication()).isEqualTo("Morning Docket");
        assertThat(issue.title()).isEqualTo("Morning Docket: The budget deal nobody wanted");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertDocketContent(issue);
    }

    private static void assertDocketContent(ParsedIssue issue) {
        assertThat(issue.headlines()).containsExactly("DRIVING THE DAY", "WHAT WE'RE WATCHING", "TALK OF THE TOWN", "BIRTHDAYS");
        assertThat(issue.editorial().author()).isEqualTo("Dana Whitfield and Omar Reyes");
        assertThat(issue.editorial().paragraphs()).singleElement().asString().startsWith("Good Wednesday morning.");
        ParsedArticle lead = issue.articles().get(0);
        assertThat(lead.lede()).startsWith("Appropriators from both chambers shook hands late Tuesday");
        assertThat(lead.paragraphs()).singleElement().asString().startsWith("Nobody in the room looked happy");
        assertThat(issue.articles().get(1).lede()).isEqualTo("The Senate votes at noon on the stopgap. Leaders need nine "
                + "votes from the other side, and at least four members have said they want the dredging money restored first.");
        assertThat(issue.articles().get(2).lede()).startsWith("The new cafeteria in the Rayburn basement");
        assertThat(issue.articles().get(3).lede()).startsWith("Rep. Ana Kellerman");
    }

    @Test
    void morningEmailWithCountedAndNumberedItemsAndBriefBullets() {
        ParsedIssue issue = parse("en-northpoint-am.eml");

        assertThat(issue.publication()).isEqualTo("Northpoint AM");
        assertThat(issue.title()).isEqualTo("Northpoint AM: Heat dome stalls over the coast");
        assertThat(issue.headlines()).containsExactly("Heat dome stalls over the coast",
                "Lawmakers strike a stopgap budget deal", "The cheapest flight of the summer");
        assertThat(issue.editorial().paragraphs()).containsExactly("Good morning! Today's newsletter is 1,180 words, a 4½-minute read.");
        ParsedArticle bigThing = issue.articles().get(0);
        assertThat(bigThing.section()).isEqualTo("1 big thing");
        assertThat(bigThing.lede()).startsWith("A dome of high pressure has parked over the eastern seaboard");
        assertThat(bigThing.paragraphs()).containsExactly(
                "Why it matters: Grid operators asked large customers to cut demand during the evening peak, the first such request since 2019.",
                "Driving the news: Forecasters expect the dome to stay put until at least Saturday.",
                "The big picture: Heat waves of this length used to arrive once a decade on this stretch of coast.",
                "What's next: Cooling centers in Port Alder stay open overnight through the weekend.");
        assertThat(issue.articles().get(1).lede()).startsWith("Congressional leaders agreed late Tuesday");
        assertThat(issue.articles().get(1).paragraphs()).singleElement().asString().startsWith("Between the lines:");
        assertThat(issue.articles().get(2).lede()).startsWith("Fares between Port Alder and Lakemont");
        assertThat(issue.articles().get(2).paragraphs()).containsExactly("Yes, but: Bags cost extra, and so does choosing a seat.");
    }

    @Test
    void worldInBriefPageOfParagraphsWithBoldLeads() {
        ParsedIssue issue = parse("en-world-in-brief.html");

        assertThat(issue.publication()).isEqualTo("The Meridian");
        assertThat(issue.title()).isEqualTo("The world in brief");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(issue.editorial()).isNull();
        assertThat(issue.headlines()).containsExactly("Ruritania's central bank raised its main interest rate",
                "Floods in northern Valdoria", "Astoria's parliament approved a law", "Shares in Meridian Air fell by 12%",
                "Figure of the day: 1.8m");
        assertThat(issue.articles().get(1).lede()).isEqualTo("Floods in northern Valdoria killed at least 30 people and "
                + "forced 40,000 from their homes after a week of heavy rain. The government declared a state of emergency "
                + "in three provinces.");
        assertThat(issue.articles()).allSatisfy(article -> {
            assertThat(article.lede()).startsWith(article.title());
            assertThat(article.paragraphs()).isEmpty();
        });
    }

    @Test
    void letterWithTitleSubtitleAndSections() {
        ParsedIssue issue = parse("en-lianhai-letter.eml");

        assertThat(issue.publication()).isEqualTo("The Lianhai Letter");
        assertThat(issue.title()).isEqualTo("The quiet rebuild of Lianhai's port");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(issue.editorial().author()).isEqualTo("Mara Quist");
        assertThat(issue.editorial().paragraphs()).hasSize(2).first().asString()
                .startsWith("Two years after the strike that closed it for a month");
        assertThat(issue.headlines()).containsExactly("The cranes", "The workers", "What the union wants now");
        ParsedArticle cranes = issue.articles().get(0);
        assertThat(cranes.lede()).startsWith("All twelve ship-to-shore cranes on the east quay");
        assertThat(cranes.paragraphs()).singleElement().asString().startsWith("The port says the remote cranes");
        assertThat(issue.articles().get(2).lede()).startsWith("Its new demand is not higher pay")
                .endsWith("the real boss of the port.");
        assertThat(issue.articles().get(2).paragraphs()).isEmpty();
    }

    @Test
    void germanCapitalBriefingWithAdsAppointmentsAndSignOff() {
        ParsedIssue issue = parse("de-morgenlage-berlin.eml");

        assertThat(issue.publication()).isEqualTo("Morgenlage Berlin");
        assertThat(issue.title()).isEqualTo("Morgenlage: Wer den Tunnel am Ostkreuz bezahlt");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 6, 13));
        assertThat(issue.editorial().author()).isEqualTo("Jakob Lindner");
        assertThat(issue.editorial().paragraphs()).hasSize(2).first().asString().startsWith("der Streit um den Tunnel am Ostkreuz");
        assertThat(issue.headlines()).containsExactly("Tunnel am Ostkreuz: Bund und Land streiten über die Kosten",
                "Freibäder öffnen eine Stunde früher", "Termine");
        assertThat(issue.articles().get(0).lede()).startsWith("Der Fußgängertunnel unter den Gleisen");
        assertThat(issue.articles().get(0).paragraphs()).singleElement().asString().startsWith("Der Bund verweist");
        assertThat(issue.articles().get(1).paragraphs())
                .containsExactly("Kiez-Tipp: Im Sommerbad am Insulaner gibt es morgens kaum Wartezeiten an der Kasse.");
        ParsedArticle appointments = issue.articles().get(2);
        assertThat(appointments.lede()).startsWith("10 Uhr: Sondersitzung des Verkehrsausschusses");
        assertThat(appointments.paragraphs()).hasSize(2).last().asString().startsWith("19 Uhr: Lesung");
        assertThat(ParsedIssueAssertions.allStrings(issue)).noneMatch(s -> s.contains("Guten Morgen") || s.equals("Ihr"));
    }

    @Test
    void climateDigestOfTitleSourceAndSummary() {
        ParsedIssue issue = parse("en-thermal-daily.eml");

        assertThat(issue.publication()).isEqualTo("Thermal Daily");
        assertThat(issue.title()).isEqualTo("Thermal Daily | Heatwave drives record power demand in Valdoria");
        assertThat(issue.date()).isEqualTo(LocalDate.of(2024, 6, 13));
        assertThat(issue.editorial().paragraphs()).singleElement().asString().startsWith("Welcome to Thermal Daily");
        assertThat(issue.headlines()).containsExactly("Heatwave drives record power demand in Valdoria",
                "Astoria sets rules for first offshore wind auction", "The grid, not the sun, is the bottleneck",
                "Urban trees cut night-time heat by up to 3C");
        assertThat(issue.articles()).extracting(ParsedArticle::section)
                .containsExactly("Top stories", "Top stories", "Comment", "New research");
        assertThat(issue.articles()).extracting(ParsedArticle::author).containsExactly("Valdoria Courier",
                "Coastal Business Review", "Editorial, Lakemont Herald", "Urban Climate Letters");
        ParsedArticle first = issue.articles().get(0);
        assertThat(first.url()).isEqualTo("https://couriervaldoria.example/energy/heatwave-power-record");
        assertThat(first.lede()).startsWith("Electricity demand in Valdoria hit a record 61 gigawatts");
        assertThat(ParsedIssueAssertions.allStrings(issue)).noneMatch(s -> s.contains("Thursday 13 June"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-docket-page.html", "en-docket-email.eml", "en-northpoint-am.eml", "en-world-in-brief.html",
            "en-lianhai-letter.eml", "de-morgenlage-berlin.eml", "en-thermal-daily.eml"})
    void theBodyAloneWithoutItsSenderOrSiteNameIsRefused(String fixture) {
        byte[] plain = PlainBody.of(fixture);
        assertThat(new String(plain, StandardCharsets.UTF_8)).contains("\n\n");

        assertThatThrownBy(() -> new IssueParser().parse(plain, "text/plain; charset=utf-8"))
                .isInstanceOf(IssueRejectedException.class)
                .hasMessageContaining("does not look like a briefing issue")
                .satisfies(e -> assertThat(((IssueRejectedException) e).reason()).isEqualTo(Reason.NOT_AN_ISSUE));
    }

    @Test
    void theBodyAloneWithThePublicationGivenIsReadByItsLines() {
        ParsedIssue issue = new IssueParser().parse(PlainBody.of("en-thermal-daily.eml"), "text/plain; charset=utf-8",
                "Thermal Daily");
        ParsedIssueAssertions.assertCleanContent(issue);

        assertThat(issue.publication()).isEqualTo("Thermal Daily");
        assertThat(issue.articles()).extracting(ParsedArticle::title).containsExactly(
                "Heatwave drives record power demand in Valdoria", "Astoria sets rules for first offshore wind auction",
                "The grid, not the sun, is the bottleneck", "Urban trees cut night-time heat by up to 3C");
        assertThat(issue.articles()).extracting(ParsedArticle::author).containsExactly("Valdoria Courier",
                "Coastal Business Review", "Editorial, Lakemont Herald", "Urban Climate Letters");
        assertThat(issue.articles().get(3).lede()).startsWith("A study of forty cities");
    }
}
