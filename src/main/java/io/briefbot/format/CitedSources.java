package io.briefbot.format;

import io.briefbot.qa.Source;

/** How answers, search results and watch alerts name what they cite: an article, a headline or an issue's editorial. */
public final class CitedSources {

    public static final String HEADLINE = "Headline";
    public static final String EDITORIAL = "Editorial";

    private CitedSources() {
    }

    /** "Headline", "Editorial by Finn Mayer-Kuckuk", "Editorial"; none for an article. */
    public static String label(Source source) {
        return switch (source.kind()) {
            case ARTICLE -> null;
            case HEADLINE -> HEADLINE;
            case EDITORIAL -> source.author() == null || source.author().isBlank() ? EDITORIAL : EDITORIAL + " by " + source.author();
        };
    }
}
