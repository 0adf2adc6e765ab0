package io.briefbot.ingest.parse;

import io.briefbot.ingest.parse.IssueRejectedException.Reason;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns raw bytes into text, refusing input that looks binary. */
final class ByteText {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Above this share of control characters the input is treated as binary rather than text. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private ByteText() {
    }

    /**
     * Decodes with the declared charset when there is one, else as UTF-8 when the bytes are valid UTF-8,
     * else with {@code fallback} (a charset the document itself names, or windows-1252).
     */
    static String decode(byte[] raw, Charset declared, Charset fallback) {
        rejectNulBytes(raw);
        String text;
        if (declared != null) {
            text = new String(raw, declared);
        } else {
            text = strictUtf8(raw);
            if (text == null) {
                text = new String(raw, fallback != null ? fallback : WINDOWS_1252);
            }
        }
        rejectControlHeavy(text);
        return stripBom(text);
    }

    static void rejectNulBytes(byte[] raw) {
        for (byte b : raw) {
            if (b == 0) {
                throw new IssueRejectedException(Reason.BINARY, "the input looks binary (it contains NUL bytes)");
            }
        }
    }

    /** Resolves a charset name leniently; null when unknown or illegal. */
    static Charset charsetNamed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            String trimmed = name.trim().replace("\"", "").replace("'", "");
            // Mails labelled ISO-8859-1 routinely contain windows-1252 quotes and dashes.
            if (trimmed.equalsIgnoreCase("iso-8859-1") || trimmed.equalsIgnoreCase("latin1")
                    || trimmed.equalsIgnoreCase("us-ascii")) {
                return WINDOWS_1252;
            }
            return Charset.forName(trimmed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The charset parameter of a Content-Type value, or null. */
    static Charset charsetOfContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        String lower = contentType.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        int end = lower.indexOf(';', at);
        return charsetNamed(contentType.substring(at + "charset=".length(), end < 0 ? lower.length() : end));
    }

    private static String strictUtf8(byte[] raw) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static void rejectControlHeavy(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                    || c == '\uFFFD';
            if (control) {
                controls++;
            }
        }
        if (controls > 0 && controls > text.length() * MAX_CONTROL_SHARE) {
            throw new IssueRejectedException(Reason.BINARY, String.format(Locale.ROOT,
                    "the input looks binary (%d control characters or invalid UTF-8 sequences in %d characters)",
                    controls, text.length()));
        }
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
