package io.briefbot.ingest.parse;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefusalTest {

    private final IssueParser parser = new IssueParser();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private void assertRejected(byte[] input, String contentType, Reason reason, String messagePart) {
        assertThatThrownBy(() -> parser.parse(input, contentType))
                .isInstanceOf(IssueRejectedException.class)
                .hasMessageContaining(messagePart)
                .satisfies(e -> assertThat(((IssueRejectedException) e).reason()).isEqualTo(reason));
    }

    @Test
    void emptyInput() {
        assertRejected(new byte[0], null, Reason.EMPTY, "the input is empty");
        assertRejected(null, null, Reason.EMPTY, "the input is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\n\n\n", " \t \r\n \u00A0\u200B ", "<html><body><p> </p></body></html>"})
    void whitespaceOnlyInput(String input) {
        assertRejected(utf8(input), null, Reason.EMPTY, "only whitespace");
    }

    @Test
    void tagSoupFarBeyondAnyBriefing() {
        String soup = "<div><span>".repeat(HtmlDecoder.MAX_ELEMENTS / 2 + 1);
        assertRejected(utf8(soup), "text/html", Reason.MALFORMED, "elements, far more than a briefing");
        assertRejected(utf8(soup), null, Reason.MALFORMED, "elements, far more than a briefing");
    }

    @Test
    void textWithFarMoreLinesThanAnyBriefing() {
        String lines = "=\r\n".repeat(TextDecoder.MAX_LINES + 1);
        assertRejected(utf8(lines), "text/plain", Reason.MALFORMED, "lines, far more than a briefing");
    }

    @Test
    void binaryInputWithNulBytes() {
        byte[] bytes = utf8("Feature\nA title\nSome text.\u0000\u0000\u0001");
        assertRejected(bytes, null, Reason.BINARY, "NUL bytes");
    }

    @Test
    void binaryInputWithoutNulBytes() {
        byte[] bytes = new byte[4000];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0 || bytes[i] == '<' || Character.isWhitespace(bytes[i])) {
                bytes[i] = 1;
            }
        }
        assertRejected(bytes, null, Reason.BINARY, "looks binary");
    }

    @Test
    void tooLargeIsCheckedBeforeAnyWork() {
        byte[] bytes = new byte[IssueParser.MAX_BYTES + 300_000];
        Arrays.fill(bytes, (byte) 0);
        assertRejected(bytes, null, Reason.TOO_LARGE, "the input is 2.3 MiB, over the 2 MiB limit");
    }

    @Test
    void exactlyTheLimitIsNotTooLarge() {
        byte[] bytes = new byte[IssueParser.MAX_BYTES];
        Arrays.fill(bytes, (byte) 'x');
        assertThatThrownBy(() -> parser.parse(bytes, null))
                .satisfies(e -> assertThat(((IssueRejectedException) e).reason()).isEqualTo(Reason.NOT_AN_ISSUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Shopping for the weekend: we need milk, eggs, flour and two kilos of apples for the cake. "
                    + "Also pick up the dry cleaning and a birthday card for Grandma.",
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
                    + "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.",
            "{\n  \"name\": \"briefbot\",\n  \"items\": [\"milk\", \"eggs\"],\n  \"count\": 2\n}\n",
            "milk\neggs\nbread\napples\n"})
    void unrelatedTextIsNotAnIssue(String input) {
        assertRejected(utf8(input), null, Reason.NOT_AN_ISSUE, "does not look like a briefing issue");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
                    + "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.",
            "package shop;\n\nimport java.util.List;\n\npublic final class Basket {\n    private final List<String> items;\n\n"
                    + "    Basket(List<String> items) {\n        this.items = items;\n    }\n}\n"})
    void unrelatedTextIsNotAnIssueEvenWithAPublicationGiven(String input) {
        assertThatThrownBy(() -> parser.parse(utf8(input), "text/plain", "Given.Table"))
                .isInstanceOf(IssueRejectedException.class)
                .hasMessageContaining("does not look like a briefing issue or a newsletter")
                .satisfies(e -> assertThat(((IssueRejectedException) e).reason()).isEqualTo(Reason.NOT_AN_ISSUE));
    }

    @Test
    void aShoppingEmailIsNotAnIssue() {
        String mail = """
                From: Lindenhof Market Orders <orders@lindenhof.example>
                To: anna@example.org
                Subject: Your order 48213 has shipped
                Date: Tue, 11 Jun 2024 16:20:00 +0200
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8

                Thank you for your order!
                Order number: 48213

                - 2 x Oat milk, 1 litre
                - 1 x Sourdough loaf
                - 6 x Free-range eggs

                Total: 14.80 EUR
                Your parcel arrives on Thursday between 8 and 12.
                Track your parcel: https://lindenhof.example/track/48213
                """;
        assertRejected(utf8(mail.replace("\n", "\r\n")), null, Reason.NOT_AN_ISSUE, "does not look like a briefing issue or a newsletter");
    }

    @Test
    void aPersonalEmailWithOneTitledParagraphIsNotANewsletter() {
        String mail = """
                From: Anna Weber <anna@example.org>
                To: tom@example.org
                Subject: Weekend
                Date: Fri, 14 Jun 2024 18:02:00 +0200
                Content-Type: text/plain; charset=utf-8

                Weekend plans
                Could you pick up the cake on Saturday morning? The bakery opens at eight and closes early.
                """;
        assertRejected(utf8(mail), null, Reason.NOT_AN_ISSUE, "does not look like a briefing issue or a newsletter");
    }

    @Test
    void truncatedMimeMessageIsMalformed() {
        assertRejected(Fixtures.bytes("malformed-truncated.eml"), null, Reason.MALFORMED, "malformed or truncated");
    }

    @Test
    void mimeMessageWithOnlyAnAttachmentIsMalformed() {
        String mail = "From: a@example.test\r\nDate: Mon, 3 Jun 2024 06:05:00 +0200\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n";
        assertRejected(utf8(mail), "message/rfc822", Reason.MALFORMED, "no readable text/html or text/plain part");
    }
}
