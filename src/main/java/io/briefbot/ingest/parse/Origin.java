package io.briefbot.ingest.parse;

/**
 * Who an input says it comes from, outside its text: a mailing list's or sender's display name, or a page's site
 * name. {@code newsletter} is true when the input carries mailing-list headers or a site name, which a personal
 * e-mail does not.
 */
record Origin(String name, boolean newsletter) {

    static final Origin NONE = new Origin(null, false);

    boolean isKnown() {
        return name != null || newsletter;
    }
}
