package io.briefbot.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Inputs an ingest endpoint must survive: random bytes, generated issues mutated and truncated (text, HTML,
 * MIME), deeply nested tags, huge lines, pathological whitespace and bullets. Deterministic for a seed.
 */
final class HostileInputs {

    record Input(byte[] bytes, String contentType, String kind) {

        String preview() {
            return kind + ": " + new String(bytes, 0, Math.min(bytes.length, 80), StandardCharsets.ISO_8859_1);
        }
    }

    static final String[] CONTENT_TYPES = {null, "text/plain", "text/html", "message/rfc822",
            "text/plain; charset=nonsense", "text/html; charset=iso-8859-1", "application/octet-stream"};

    private static final List<byte[]> MAILS = List.of(Fixtures.bytes("en-multipart-alternative.eml"),
            Fixtures.bytes("de-multipart-mixed-latin1.eml"), Fixtures.bytes("en-forwarded-rfc822.eml"),
            Fixtures.bytes("malformed-truncated.eml"));

    private final Random random;

    HostileInputs(long seed) {
        this.random = new Random(seed);
    }

    /** The fixed pathological shapes, each under three content types. */
    static List<Input> pathological() {
        List<String> shapes = new ArrayList<>();
        shapes.add("a".repeat(1_000_000));
        shapes.add("Feature\nTitle\n" + "word ".repeat(200_000));
        shapes.add("Photo: " + "x ".repeat(500_000));
        shapes.add(" \t\u00A0".repeat(300_000) + "\n");
        shapes.add("\n".repeat(1_000_000));
        shapes.add("\r\n \r\n\t".repeat(200_000));
        shapes.add("- tag\n".repeat(150_000));
        shapes.add("• ".repeat(400_000));
        shapes.add("- - - - - - - - - -\n".repeat(50_000));
        shapes.add("Anna Weber\n".repeat(90_000));
        shapes.add("Image of Anna Weber\n".repeat(50_000));
        shapes.add("Feature\nA title line\n".repeat(40_000));
        shapes.add("Table.Briefing: " + "China".repeat(100_000));
        shapes.add("guest at the " + "China".repeat(100_000) + ".Table");
        shapes.add("By " + "Anna ".repeat(100_000));
        shapes.add("Rare earths + ".repeat(70_000));
        shapes.add("<div>".repeat(100_000) + "Feature<h2>Title</h2><p>Some prose that ends here.</p>");
        shapes.add("<div><span><b><i>".repeat(100_000));
        shapes.add("<ul><li>".repeat(50_000));
        shapes.add("<table><tr><td>".repeat(60_000));
        shapes.add("<p>" + "<b>bold</b>".repeat(80_000) + "</p>");
        shapes.add("<html><head><meta charset=\"" + "x".repeat(500_000) + "\"></head></html>");
        shapes.add("<!--" + "-".repeat(1_000_000));
        shapes.add("<a href=\"" + "&amp;".repeat(300_000) + "\">x</a>");
        shapes.add("From: a\nDate: b\nContent-Type: multipart/mixed; boundary=x\n\n" + "--x\n".repeat(100_000));
        shapes.add("From: a\nDate: b\nContent-Type: multipart/mixed; boundary=x\n\n--x\nContent-Type: message/rfc822\n\n".repeat(5_000));
        shapes.add("From: a\nDate: b\nContent-Transfer-Encoding: quoted-printable\n\n" + "=\n".repeat(400_000));
        shapes.add("From: a\nDate: b\nContent-Transfer-Encoding: base64\n\n" + "!!!!".repeat(300_000));
        shapes.add("From: " + "a".repeat(1_500_000) + "\n\nbody");
        List<Input> inputs = new ArrayList<>();
        for (String shape : shapes) {
            for (String contentType : new String[] {null, "text/plain", "text/html"}) {
                inputs.add(new Input(shape.getBytes(StandardCharsets.UTF_8), contentType, "pathological"));
            }
        }
        return inputs;
    }

    /** A random hostile input: mostly small, now and then large. */
    Input next() {
        String contentType = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
        return switch (random.nextInt(8)) {
            case 0 -> new Input(randomBytes(), contentType, "random bytes");
            case 1, 2 -> new Input(mutate(IssueGenerator.text(random).getBytes(StandardCharsets.UTF_8)), contentType, "mutated text");
            case 3, 4 -> new Input(mutate(IssueGenerator.html(random).getBytes(StandardCharsets.UTF_8)), contentType, "mutated html");
            case 5 -> new Input(truncate(IssueGenerator.html(random).getBytes(StandardCharsets.UTF_8)), "text/html", "truncated html");
            case 6 -> new Input(mutate(MAILS.get(random.nextInt(MAILS.size()))), random.nextBoolean() ? null : "message/rfc822", "mutated mail");
            default -> new Input(repeatedFragment(), contentType, "repeated fragment");
        };
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(random.nextInt(100) == 0 ? 200_000 : 4_000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] truncate(byte[] original) {
        return Arrays.copyOf(original, 1 + random.nextInt(original.length));
    }

    /** A short hostile fragment repeated up to a large size: nesting, bullets, whitespace, entities, boundaries. */
    private byte[] repeatedFragment() {
        String[] fragments = {"<div>", "<b><i>", "</p><p>", "• ", "- ", " \t", "\n\n", "&amp;&lt;", "<!--", "]]>", "--x\n",
                "=\r\n", "Feature\n", "Table.Briefing: ", "By ", "Anna Weber\n", "<li>", "\u200B", "\uFEFF", "#"};
        String fragment = fragments[random.nextInt(fragments.length)];
        int times = random.nextInt(50) == 0 ? 50_000 + random.nextInt(150_000) : 1 + random.nextInt(2_000);
        return fragment.repeat(times).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mutate(byte[] original) {
        byte[] bytes = original.clone();
        int mutations = 1 + random.nextInt(8);
        for (int m = 0; m < mutations && bytes.length > 1; m++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
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
