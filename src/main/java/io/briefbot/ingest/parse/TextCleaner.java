package io.briefbot.ingest.parse;

import java.text.Normalizer;

/** Whitespace and Unicode normalisation applied to every string the parser returns. */
final class TextCleaner {

    /** Characters below U+0300 are unaffected by NFC, so most Latin text can skip the normaliser. */
    private static final char FIRST_CHAR_NEEDING_NFC = '\u0300';

    private TextCleaner() {
    }

    /** Collapses whitespace runs (including NBSP and control characters) to one space, trims, drops zero-width characters, applies NFC. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        boolean needsNfc = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            needsNfc |= c >= FIRST_CHAR_NEEDING_NFC;
            out.append(c);
        }
        String cleaned = out.toString();
        return needsNfc ? Normalizer.normalize(cleaned, Normalizer.Form.NFC) : cleaned;
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD' || c == '\u200E' || c == '\u200F' || c == '\u034F';
    }
}
