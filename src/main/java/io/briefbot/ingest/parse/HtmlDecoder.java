package io.briefbot.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML pages and HTML e-mail parts: jsoup DOM flattened into blocks that keep the paragraph structure. */
final class HtmlDecoder {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final int CHARSET_SNIFF_BYTES = 4096;
    /** Newsletter layouts nest tables a few dozen levels deep at most; a low cap keeps hostile nesting cheap. */
    private static final int MAX_ELEMENT_DEPTH = 128;
    // A long briefing page has a few thousand elements; jsoup needs over 100 ms for a few hundred thousand.
    static final int MAX_ELEMENTS = 25_000;

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "nav", "footer",
            "form", "button", "select", "textarea", "iframe", "svg", "object", "input", "head", "title", "img");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "section", "article", "aside", "main", "header", "figure", "figcaption",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "address", "hr", "center", "body");
    /** Leaving one of these ends a visual group, which the boilerplate filter treats like a blank line. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "aside", "main", "ul", "ol",
            "table", "tr", "blockquote", "header", "hr", "figure");
    private static final Set<String> TITLE_HEADINGS = Set.of("h1", "h2", "h3");
    private static final List<String> TITLE_SEPARATORS = List.of(" | ", " - ", " – ", " — ", " · ");
    /** Inline elements a newsletter sets its lead-ins in ("1 big thing:", a bold title line). */
    private static final Set<String> BOLD = Set.of("b", "strong", "h4", "h5", "h6");
    private static final Set<String> DATE_META_NAMES = Set.of("article:published_time", "date", "dc.date",
            "dcterms.date", "dc.date.issued", "datepublished", "pubdate", "publish-date", "og:published_time");

    private HtmlDecoder() {
    }

    static DecodedInput decode(byte[] raw, Charset declared) throws IssueRejectedException {
        String html = ByteText.decode(raw, declared, metaCharset(raw));
        refuseTagSoup(html);
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_ELEMENT_DEPTH));
        BlockCollector collector = new BlockCollector();
        NodeTraversor.traverse(collector, doc.body());
        collector.flush();
        String siteName = metaContent(doc, "og:site_name");
        String pageTitle = pageTitle(doc, siteName);
        return new DecodedInput(collector.blocks, publishedDate(doc),
                pageTitle != null && IssueStructureParser.isTopicsTitle(pageTitle) ? pageTitle : null,
                siteName, canonicalUrl(doc), pageTitle, siteName == null ? Origin.NONE : new Origin(siteName, true));
    }

    private static void refuseTagSoup(String html) throws IssueRejectedException {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')) && ++tags > MAX_ELEMENTS) {
                throw new IssueRejectedException(IssueRejectedException.Reason.MALFORMED, "the HTML has over "
                        + String.format(Locale.ROOT, "%,d", MAX_ELEMENTS) + " elements, far more than a briefing");
            }
        }
    }

    private static Charset metaCharset(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? ByteText.charsetNamed(m.group(1)) : null;
    }

    private static LocalDate publishedDate(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            String key = meta.hasAttr("property") ? meta.attr("property")
                    : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
            if (DATE_META_NAMES.contains(key.toLowerCase(Locale.ROOT))) {
                LocalDate date = MetadataDates.fromHtmlValue(meta.attr("content"));
                if (date != null) {
                    return date;
                }
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? null : MetadataDates.fromHtmlValue(time.attr("datetime"));
    }

    /**
     * og:title, else the title element, without a trailing " | Site name"; null when the page has none. For a known
     * briefing it only counts as the issue title in the "topic + topic" shape.
     */
    private static String pageTitle(Document doc, String siteName) {
        String title = metaContent(doc, "og:title");
        if (title == null) {
            title = TextCleaner.clean(doc.title());
        }
        if (siteName != null) {
            for (String separator : TITLE_SEPARATORS) {
                if (title.endsWith(separator + siteName)) {
                    title = title.substring(0, title.length() - separator.length() - siteName.length()).strip();
                }
            }
        }
        return title.isEmpty() ? null : title;
    }

    private static String canonicalUrl(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            return canonical.attr("href").trim();
        }
        return metaContent(doc, "og:url");
    }

    private static String metaContent(Document doc, String property) {
        for (Element meta : doc.getElementsByTag("meta")) {
            if (property.equalsIgnoreCase(meta.attr("property")) || property.equalsIgnoreCase(meta.attr("name"))) {
                String content = TextCleaner.clean(meta.attr("content"));
                return content.isEmpty() ? null : content;
            }
        }
        return null;
    }

    private static boolean isSkipped(Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag)) {
            return true;
        }
        if (tag.equals("header") && !isInsideArticle(e)) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String role = e.attr("role");
        if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty() && style.replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        for (String cssClass : e.classNames()) {
            String c = cssClass.toLowerCase(Locale.ROOT);
            if (c.startsWith("share") || c.startsWith("social") || c.equals("advertisement")) {
                return true;
            }
        }
        return false;
    }

    /** Page headers hold menus; only a header inside an article or main element holds content such as the title. */
    private static boolean isInsideArticle(Element e) {
        for (Element parent = e.parent(); parent != null; parent = parent.parent()) {
            if (parent.normalName().equals("article") || parent.normalName().equals("main")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBold(Element e) {
        if (BOLD.contains(e.normalName())) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String compact = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return compact.contains("font-weight:bold") || compact.contains("font-weight:700")
                || compact.contains("font-weight:800") || compact.contains("font-weight:900");
    }

    /** Walks the DOM once, iteratively (deep nesting cannot overflow the stack). */
    private static final class BlockCollector implements NodeVisitor {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final Deque<Block.Kind> kinds = new ArrayDeque<>();
        private Node skippedRoot;
        /** The open link and where its text starts in the current block; a link without text (an image) is no link. */
        private Element link;
        private String linkHref;
        private int linkStart;
        /** The current block's link. */
        private String href;
        private int boldDepth;
        /** How much of the current block's text is bold from its start, up to the first plain text. */
        private int leadLength;
        private boolean plainTextSeen;

        @Override
        public void head(Node node, int depth) {
            if (skippedRoot != null) {
                return;
            }
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            if (isSkipped(e)) {
                skippedRoot = e;
                return;
            }
            String tag = e.normalName();
            if (tag.equals("br")) {
                flush();
            } else if (tag.equals("a") && link == null) {
                String absolute = e.attr("abs:href");
                link = e;
                linkHref = absolute.isEmpty() ? e.attr("href") : absolute;
                linkStart = text.length();
            } else if (BLOCKS.contains(tag)) {
                flush();
                kinds.push(kindOf(tag));
            }
            if (isBold(e)) {
                boldDepth++;
            }
        }

        private void appendText(String s) {
            text.append(s);
            if (!plainTextSeen && !s.isBlank()) {
                if (boldDepth > 0) {
                    leadLength = text.length();
                } else {
                    plainTextSeen = true;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skippedRoot != null) {
                if (node == skippedRoot) {
                    skippedRoot = null;
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            if (isBold(e)) {
                boldDepth--;
            }
            if (e == link) {
                takeLinkWithText();
                link = null;
            }
            if (BLOCKS.contains(e.normalName())) {
                flush();
                kinds.poll();
                if (CONTAINERS.contains(e.normalName()) && !blocks.isEmpty()
                        && blocks.get(blocks.size() - 1) != Block.BREAK) {
                    blocks.add(Block.BREAK);
                }
            }
        }

        private Block.Kind kindOf(String tag) {
            if (TITLE_HEADINGS.contains(tag)) {
                return Block.Kind.HEADING;
            }
            if (tag.equals("li")) {
                return Block.Kind.BULLET;
            }
            if (tag.equals("figcaption")) {
                return Block.Kind.CAPTION;
            }
            Block.Kind parent = kinds.peek();
            return parent == null ? Block.Kind.PARAGRAPH : parent;
        }

        /** The open link becomes the block's link once there is text inside it. */
        private void takeLinkWithText() {
            if (link != null && href == null && !text.substring(Math.min(linkStart, text.length())).isBlank()) {
                href = linkHref;
            }
        }

        void flush() {
            takeLinkWithText();
            if (!text.toString().isBlank()) {
                Block.Kind kind = kinds.isEmpty() ? Block.Kind.PARAGRAPH : kinds.peek();
                String url = href == null || href.isBlank() || href.startsWith("#")
                        || href.toLowerCase(Locale.ROOT).startsWith("javascript:") ? null : href.trim();
                blocks.add(new Block(kind, text.toString(), url, leadLength > 0 ? text.substring(0, leadLength) : null));
            }
            text.setLength(0);
            href = null;
            linkStart = 0;
            leadLength = 0;
            plainTextSeen = false;
        }
    }
}
