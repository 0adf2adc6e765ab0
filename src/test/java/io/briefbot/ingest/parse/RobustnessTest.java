package io.briefbot.ingest.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Hostile input must parse or be rejected with IssueRejectedException, never anything else, and quickly. */
class RobustnessTest {

    /** Generous compared with the 100 ms target, because CI machines are shared and the JIT may still be cold. */
    private static final long MAX_MILLIS = 1_500;
    private static final String[] CONTENT_TYPES = {null, "text/plain", "text/html", "message/rfc822",
            "text/plain; charset=nonsense", "text/html; charset=iso-8859-1"};

    private final IssueParser parser = new IssueParser();

    private void parseOrReject(byte[] input, String contentType) {
        long start = System.nanoTime();
        try {
            ParsedIssue issue = parser.parse(input, contentType);
            assertThat(issue.articles().size() + issue.headlines().size()).isPositive();
        } catch (IssueRejectedException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
        } catch (Throwable t) {
            fail("unexpected " + t + " for input starting " + preview(input), t);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("parse time for input starting " + preview(input)).isLessThan(MAX_MILLIS);
    }

    private static String preview(byte[] input) {
        return new String(input, 0, Math.min(input.length, 80), StandardCharsets.ISO_8859_1);
    }

    @Test
    void randomBytes() {
        Random random = new Random(1);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(5_000)];
            random.nextBytes(bytes);
            parseOrReject(bytes, CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]);
        }
    }

    @Test
    void mutatedIssues() {
        Random random = new Random(2);
        for (int i = 0; i < 1_000; i++) {
            String issue = random.nextBoolean() ? IssueGenerator.text(random) : IssueGenerator.html(random);
            byte[] bytes = mutate(issue.getBytes(StandardCharsets.UTF_8), random);
            parseOrReject(bytes, CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]);
        }
    }

    @Test
    void mutatedMails() {
        Random random = new Random(3);
        List<byte[]> mails = List.of(Fixtures.bytes("en-multipart-alternative.eml"),
                Fixtures.bytes("de-multipart-mixed-latin1.eml"), Fixtures.bytes("en-forwarded-rfc822.eml"));
        for (int i = 0; i < 500; i++) {
            parseOrReject(mutate(mails.get(random.nextInt(mails.size())), random), random.nextBoolean() ? null : "message/rfc822");
        }
    }

    @Test
    void pathologicalShapes() {
        List<String> inputs = new ArrayList<>();
        inputs.add("a".repeat(1_000_000));
        inputs.add("Feature\nTitle\n" + "word ".repeat(200_000));
        inputs.add("Photo: " + "x ".repeat(500_000));
        inputs.add(" \t\u00A0".repeat(300_000) + "\n");
        inputs.add("\n".repeat(1_000_000));
        inputs.add("- tag\n".repeat(150_000));
        inputs.add("Anna Weber\n".repeat(90_000));
        inputs.add("Image of Anna Weber\n".repeat(50_000));
        inputs.add("Feature\nA title line\n".repeat(40_000));
        inputs.add("Table.Briefing: " + "China".repeat(100_000));
        inputs.add("guest at the " + "China".repeat(100_000) + ".Table");
        inputs.add("By " + "Anna ".repeat(100_000));
        inputs.add("Rare earths + ".repeat(70_000));
        inputs.add("<div>".repeat(100_000) + "Feature<h2>Title</h2><p>Some prose that ends here.</p>");
        inputs.add("<ul><li>".repeat(50_000));
        inputs.add("<p>" + "<b>bold</b>".repeat(80_000) + "</p>");
        inputs.add("<html><head><meta charset=\"" + "x".repeat(500_000) + "\"></head></html>");
        inputs.add("From: a\nDate: b\nContent-Type: multipart/mixed; boundary=x\n\n" + "--x\n".repeat(100_000));
        inputs.add("From: a\nDate: b\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: message/rfc822\n\n".repeat(5_000));
        for (String input : inputs) {
            for (String contentType : new String[] {null, "text/plain", "text/html"}) {
                parseOrReject(input.getBytes(StandardCharsets.UTF_8), contentType);
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(8);
        for (int m = 0; m < mutations && bytes.length > 1; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, at));
                case 2 -> {
                    int length = Math.min(bytes.length - at, random.nextInt(200));
                    byte[] cut = new byte[bytes.length - length];
                    System.arraycopy(bytes, 0, cut, 0, at);
                    System.arraycopy(bytes, at + length, cut, at, bytes.length - at - length);
                    bytes = cut;
                }
                default -> {
                    int from = random.nextInt(bytes.length);
                    int length = Math.min(bytes.length - from, random.nextInt(300));
                    byte[] grown = new byte[bytes.length + length];
                    System.arraycopy(bytes, 0, grown, 0, at);
                    System.arraycopy(bytes, from, grown, at, length);
                    System.arraycopy(bytes, at, grown, at + length, bytes.length - at);
                    bytes = grown;
                }
            }
        }
        return bytes;
    }
}
