package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * One line or block of an input, the unit the structural parser works on. {@code boldLead} is the bold text the
 * block starts with in HTML ("1 big thing:", a whole bold title line), else null.
 */
record Block(Kind kind, String text, String href, String boldLead) {

    enum Kind { PARAGRAPH, HEADING, BULLET, CAPTION, BYLINE, BREAK }

    static final Block BREAK = new Block(Kind.BREAK, "", null);

    Block(Kind kind, String text, String href) {
        this(kind, text, href, null);
    }

    Block withKindAndText(Kind newKind, String newText) {
        return new Block(newKind, newText, href, boldLead);
    }

    /** The first {@code count} blocks that are not breaks. */
    static List<Block> firstWithText(List<Block> blocks, int count) {
        List<Block> first = new ArrayList<>(count);
        for (int i = 0; i < blocks.size() && first.size() < count; i++) {
            if (blocks.get(i).kind() != Kind.BREAK) {
                first.add(blocks.get(i));
            }
        }
        return first;
    }

    /** The whole block is bold: a title line in a newsletter. */
    boolean isBoldLine() {
        return boldLead != null && boldLead.length() == text.length();
    }
}
