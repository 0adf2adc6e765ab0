package io.briefbot.ingest.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Feed documents for the stand-in server. */
final class Feeds {

    private Feeds() {
    }

    record Item(String id, String link, Instant published, String html) {
    }

    static String rss(String title, List<Item> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>%s</title><link>https://example.invalid/</link><description>Test feed</description>
                """.formatted(title));
        for (Item item : items) {
            xml.append("<item><guid isPermaLink=\"false\">").append(item.id()).append("</guid>")
                    .append("<link>").append(item.link()).append("</link>")
                    .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME.format(item.published().atOffset(ZoneOffset.UTC)))
                    .append("</pubDate><description>A short teaser.</description>");
            if (item.html() != null) {
                xml.append("<content:encoded><![CDATA[").append(item.html()).append("]]></content:encoded>");
            }
            xml.append("</item>\n");
        }
        return xml.append("</channel></rss>\n").toString();
    }

    static String atom(String title, List<Item> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><id>urn:test:atom</id>
                <updated>2024-01-01T00:00:00Z</updated>
                """.formatted(title));
        for (Item item : items) {
            xml.append("<entry><id>").append(item.id()).append("</id><title>Entry</title>")
                    .append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(item.link()).append("\"/>")
                    .append("<published>").append(OffsetDateTime.ofInstant(item.published(), ZoneOffset.UTC)).append("</published>")
                    .append("<updated>").append(OffsetDateTime.ofInstant(item.published(), ZoneOffset.UTC)).append("</updated>")
                    .append("<summary>A short teaser.</summary></entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    static String jsonFeed(String title, List<Item> items) {
        StringBuilder json = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": ")
                .append(quote(title)).append(", \"items\": [");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            json.append(i == 0 ? "" : ",").append("{\"id\": ").append(quote(item.id()))
                    .append(", \"url\": ").append(quote(item.link()))
                    .append(", \"date_published\": ").append(quote(item.published().toString()))
                    .append(", \"content_html\": ").append(quote(item.html())).append('}');
        }
        return json.append("]}").toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
