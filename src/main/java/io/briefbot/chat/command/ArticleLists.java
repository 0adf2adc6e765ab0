package io.briefbot.chat.command;

import io.briefbot.briefing.ArticlePage;

/** Wording shared by the article lists. */
final class ArticleLists {

    private ArticleLists() {
    }

    /** "Tagged “Cyber”: 6–10 of 12" */
    static String heading(String what, ArticlePage page) {
        return heading(what, page.page(), page.size(), page.items().size(), page.total());
    }

    /** "Search “Didi”: 1–5 of 7" for {@code shown} items of page {@code page} (from 0) of {@code size} each. */
    static String heading(String what, int page, int size, int shown, long total) {
        long first = (long) page * size + 1;
        long last = first + shown - 1;
        return what + ": " + (first == last ? first : first + "–" + last) + " of " + total;
    }
}
