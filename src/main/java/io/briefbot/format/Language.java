package io.briefbot.format;

import java.util.Locale;

/** The language a command was written in, for the words of its answer that briefbot writes itself. */
public enum Language {

    ENGLISH(Locale.ENGLISH), GERMAN(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code english} or {@code german}, whichever this language is. */
    public String pick(String english, String german) {
        return this == GERMAN ? german : english;
    }
}
