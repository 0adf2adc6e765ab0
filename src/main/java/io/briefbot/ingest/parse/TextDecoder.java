package io.briefbot.ingest.parse;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain text: one block per line, blank lines become breaks. */
final class TextDecoder {

    // A briefing has a few hundred lines at most; classifying hundreds of thousands takes over 100 ms.
    static final int MAX_LINES = 20_000;

    private TextDecoder() {
    }

    static DecodedInput decode(byte[] raw, Charset declared) throws IssueRejectedException {
        return new DecodedInput(lines(ByteText.decode(raw, declared, null)), null, null, null, null, null, Origin.NONE);
    }

    static List<Block> lines(String text) throws IssueRejectedException {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            addLine(blocks, text.substring(start, end));
            if (blocks.size() > MAX_LINES) {
                throw new IssueRejectedException(IssueRejectedException.Reason.MALFORMED,
                        "the text has over " + String.format(Locale.ROOT, "%,d", MAX_LINES) + " lines, far more than a briefing");
            }
            if (end < length - 1 && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return blocks;
    }

    private static void addLine(List<Block> blocks, String line) {
        if (line.isBlank()) {
            if (!blocks.isEmpty() && blocks.get(blocks.size() - 1) != Block.BREAK) {
                blocks.add(Block.BREAK);
            }
        } else {
            blocks.add(new Block(Block.Kind.PARAGRAPH, line, null));
        }
    }
}
