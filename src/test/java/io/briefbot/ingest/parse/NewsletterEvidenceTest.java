package io.briefbot.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How much an e-mail must say about its origin before its text is read as a newsletter of another shape. */
class NewsletterEvidenceTest {

    private static final String TWO_ITEMS = """
            MARKETS
            Stocks in Port Alder rose for a third day as exporters reported strong orders from abroad.

            HARBOUR
            The harbour authority approved a second ferry line to the islands, starting in September.
            """;
    private static final String ONE_ITEM = """
            MARKETS
            Stocks in Port Alder rose for a third day as exporters reported strong orders from abroad.
            """;

    private static byte[] mail(String headers, String body) {
        return ("From: Alder Morning <morning@alder.example>\r\n" + headers
                + "Subject: Alder Morning: Stocks rise again\r\nDate: Mon, 17 Jun 2024 06:00:00 +0200\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static ParsedIssue parse(byte[] mail) {
        ParsedIssue issue = new IssueParser().parse(mail, null);
        ParsedIssueAssertions.assertCleanContent(issue);
        return issue;
    }

    @Test
    void aSenderNameWithTwoItemsIsANewsletter() {
        ParsedIssue issue = parse(mail("", TWO_ITEMS));

        assertThat(issue.publication()).isEqualTo("Alder Morning");
        assertThat(issue.title()).isEqualTo("Alder Morning: Stocks rise again");
        assertThat(issue.headlines()).containsExactly("MARKETS", "HARBOUR");
        assertThat(issue.articles().get(1).lede()).startsWith("The harbour authority approved");
    }

    @Test
    void aSenderNameWithOneItemIsNotEnough() {
        assertThatThrownBy(() -> new IssueParser().parse(mail("", ONE_ITEM), null))
                .isInstanceOf(IssueRejectedException.class)
                .satisfies(e -> assertThat(((IssueRejectedException) e).reason()).isEqualTo(Reason.NOT_AN_ISSUE));
    }

    @Test
    void aSenderNameNamesOneArticleWithBriefingStructure() {
        ParsedIssue issue = parse(mail("", """
                News
                Harbour opens a second ferry line
                The harbour authority approved a second ferry line to the islands, starting in September.
                """));

        assertThat(issue.publication()).isEqualTo("Alder Morning");
        assertThat(issue.articles()).singleElement().extracting(ParsedArticle::section).isEqualTo("News");
    }

    @Test
    void mailingListHeadersMakeOneItemEnough() {
        ParsedIssue issue = parse(mail("List-Unsubscribe: <https://alder.example/unsubscribe>\r\n", ONE_ITEM));

        assertThat(issue.publication()).isEqualTo("Alder Morning");
        assertThat(issue.articles()).singleElement().extracting(ParsedArticle::title).isEqualTo("MARKETS");
    }

    @Test
    void theListNameWinsOverTheSenderName() {
        ParsedIssue issue = parse(mail("List-Id: \"Alder Markets Daily\" <markets.alder.example>\r\n", ONE_ITEM));

        assertThat(issue.publication()).isEqualTo("Alder Markets Daily");
    }

    @Test
    void theSenderOfANewsletterForwardedAsAnAttachmentNamesIt() {
        String forwarded = "From: Tom Okafor <tom@example.org>\r\nTo: team@example.org\r\nSubject: Fwd: Alder Morning\r\n"
                + "Date: Mon, 17 Jun 2024 09:00:00 +0200\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
                + "--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWorth a read.\r\n"
                + "--outer\r\nContent-Type: message/rfc822\r\n\r\n"
                + new String(mail("List-Unsubscribe: <https://alder.example/unsubscribe>\r\n", TWO_ITEMS), StandardCharsets.UTF_8)
                + "\r\n--outer--\r\n";

        ParsedIssue issue = parse(forwarded.getBytes(StandardCharsets.UTF_8));

        assertThat(issue.publication()).isEqualTo("Alder Morning");
        assertThat(issue.title()).isEqualTo("Alder Morning: Stocks rise again");
        assertThat(issue.articles()).hasSize(2);
    }

    @Test
    void aNewsletterForwardedInlineIsNamedByItsQuotedSenderAndSubject() {
        String mail = """
                From: Tom Okafor <tom@example.org>
                To: team@example.org
                Subject: Fwd: worth a read
                Date: Mon, 17 Jun 2024 09:00:00 +0200
                Content-Type: text/plain; charset=utf-8

                FYI

                ---------- Forwarded message ---------
                From: Alder Morning <morning@alder.example>
                Date: Mon, 17 Jun 2024 at 06:00
                Subject: Alder Morning: Stocks rise again
                To: <tom@example.org>

                """ + TWO_ITEMS;

        ParsedIssue issue = parse(mail.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(issue.publication()).isEqualTo("Alder Morning");
        assertThat(issue.title()).isEqualTo("Alder Morning: Stocks rise again");
        assertThat(issue.headlines()).containsExactly("MARKETS", "HARBOUR");
        assertThat(ParsedIssueAssertions.allStrings(issue)).noneMatch(s -> s.startsWith("From:") || s.startsWith("Subject:")
                || s.contains("Forwarded message") || s.contains("Tom Okafor") || s.equals("FYI"));
    }
}
