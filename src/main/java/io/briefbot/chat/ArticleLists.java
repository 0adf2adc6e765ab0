package io.briefbot.chat;

import io.briefbot.briefing.ArticlePage;

/** Wording shared by the article lists. */
final class ArticleLists {

    private ArticleLists() {
    }

    /** "Tagged “Cyber”: 6–10 of 12" */
    static String heading(String what, ArticlePage page) {
        long first = (long) page.page() * page.size() + 1;
        long last = first + page.items().size() - 1;
        return what + ": " + (first == last ? first : first + "–" + last) + " of " + page.total();
    }
}
