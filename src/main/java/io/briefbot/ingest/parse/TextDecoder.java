package io.briefbot.ingest.parse;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Plain text: one block per line, blank lines become breaks. */
final class TextDecoder {

    private TextDecoder() {
    }

    static DecodedInput decode(byte[] raw, Charset declared) {
        return new DecodedInput(lines(ByteText.decode(raw, declared, null)), null, null, null, null);
    }

    static List<Block> lines(String text) {
        List<Block> blocks = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            addLine(blocks, text.substring(start, end));
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
