package io.briefbot.archive;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case, accent-free forms of text, so that "cyber" finds "Cyber" and "zolle" finds "Zölle". */
public final class SearchKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SearchKeys() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace("ß", "ss"), Normalizer.Form.NFD);
        String plain = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return WHITESPACE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
