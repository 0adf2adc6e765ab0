package io.briefbot.ingest.parse;

/** One line or block of an input, the unit the structural parser works on. */
record Block(Kind kind, String text, String href) {

    enum Kind { PARAGRAPH, HEADING, BULLET, CAPTION, BYLINE, BREAK }

    static final Block BREAK = new Block(Kind.BREAK, "", null);

    Block withKindAndText(Kind newKind, String newText) {
        return new Block(newKind, newText, href);
    }
}
