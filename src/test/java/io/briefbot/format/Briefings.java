package io.briefbot.format;

import java.time.LocalDate;
import java.util.List;

/** Realistic replies: a briefing with the characters that need escaping; an article and a teaser with a given link. */
public final class Briefings {

    private Briefings() {
    }

    public static BriefingReply chinaTable() {
        return new BriefingReply(42, "China.Table", LocalDate.of(2022, 7, 8), "Tariffs & quotas",
                List.of("Beijing raises <b>export</b> quotas for rare earths",
                        "Ports: \"Shanghai & Ningbo\" handle 5% more containers",
                        "Li Keqiang meets EU envoys — 3 > 2?"),
                "Dear reader, trade is back on the agenda. Brussels & Beijing talk again.", "Anna Weber",
                List.of(new BriefingReply.ArticleTeaser(1, "Analysis", "Why <rare> earths matter",
                                "The ministry doubled the quotas. …", null),
                        new BriefingReply.ArticleTeaser(2, null, "Shipping & ports", "Shipping companies welcomed it.", null)),
                List.of(new Action("Read Why <rare> earths matter", "/article 1"), new Action("Read Shipping & ports", "/article 2"),
                        new Action("Previous issue", "/issue 2022-07-07"), new Action("Next issue", "/issue 2022-07-09")));
    }

    /** An article and a briefing teaser, both titled "Port fees & cranes", with {@code url} as their link. */
    public static List<Reply> linkedTo(String url) {
        return List.of(new ArticleReply(1, "China.Table", LocalDate.of(2022, 7, 8), "News", "Port fees & cranes", null,
                        "Fees rose.", List.of(), List.of(), url, List.of()),
                new BriefingReply(7, "China.Table", LocalDate.of(2022, 7, 8), null, List.of("One", "Two"), "", null,
                        List.of(new BriefingReply.ArticleTeaser(1, "News", "Port fees & cranes", "Fees rose.", url)), List.of()));
    }
}
