package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles of a newsletter that is not in a known briefing shape, from the structure its text has: headings (h1–h3),
 * bold title lines, capitalised lead-ins ("DRIVING THE DAY", "THE BUZZ — …"), counted or numbered titles
 * ("1 big thing: …", "2. …"), paragraphs that each open with a bold lead, and, in plain text, a title line followed
 * by an optional source line and a summary. Text before the first article is the editorial; a title with no text of
 * its own before the next one is the section label of the articles after it.
 */
final class NewsletterStructureParser {

    /** "1 big thing: Heat stalls the coast": a counted label, then the title. */
    private static final Pattern COUNTED = Pattern.compile("^(\\d{1,2}\\s\\p{L}{2,12}(?:\\s\\p{L}{2,12}){0,2})\\s?:\\s+(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+(\\S.*)$");
    private static final List<String> LEAD_SEPARATORS = List.of(" — ", " – ", " - ", ": ", "—", "–");
    private static final String SEPARATOR_CHARS = ":—–-|";
    private static final Pattern SOURCE_PREFIX = Pattern.compile("^(?:Source|Quelle|Via)\\s?:\\s*", Pattern.CASE_INSENSITIVE);
    private static final int MIN_CAPS_LETTERS = 5;
    private static final int MAX_LABEL_LENGTH = 60;
    private static final int MAX_LABEL_WORDS = 8;
    private static final int MAX_SOURCE_WORDS = 8;
    private static final int MAX_NUMBERED_TITLE_WORDS = 15;
    private static final int MAX_LOOKAHEAD = 32;

    private enum StartKind { HEADING, TITLE_LINE, LEAD_PARAGRAPH }

    private record Start(StartKind kind, String section, String title, String url, String author, String text, int next) {
    }

    private final List<Block> blocks;
    private final int size;
    /** HTML with headings or bold text; plain text has only its line structure to go by. */
    private final boolean formatted;
    private final List<String> intro = new ArrayList<>();
    private String titleHeading;
    private String byline;
    private String signature;

    private NewsletterStructureParser(List<Block> blocks) {
        this.blocks = blocks;
        this.size = blocks.size();
        this.formatted = blocks.stream().anyMatch(b -> b.kind() == Block.Kind.HEADING || b.boldLead() != null);
    }

    /** {@code masthead} is the newsletter's name, which its first heading may repeat. */
    static IssueStructureParser.Structure parse(List<Block> contentBlocks, String pageTitle, String masthead) {
        return new NewsletterStructureParser(contentBlocks).parse(pageTitle, masthead);
    }

    private IssueStructureParser.Structure parse(String pageTitle, String masthead) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        int i = skipTitle(pageTitle, masthead);
        while (i < size) {
            Block block = blocks.get(i);
            Start start = block.kind() == Block.Kind.BREAK || block.kind() == Block.Kind.CAPTION ? null : startAt(i, current);
            if (start != null) {
                current = new Draft(start);
                drafts.add(current);
                i = start.next();
            } else {
                i = read(i, current);
            }
        }
        List<ParsedArticle> articles = articles(drafts);
        if (articles.isEmpty() && !intro.isEmpty() && (titleHeading != null || pageTitle != null)) {
            // a post without sections is one article
            String title = titleHeading != null ? titleHeading : pageTitle;
            articles = List.of(new ParsedArticle(null, title, intro.get(0), intro.subList(1, intro.size()), List.of(),
                    byline != null ? byline : signature, null));
            intro.clear();
        }
        Editorial editorial = intro.isEmpty() ? null : new Editorial(intro, signature != null ? signature : byline);
        return new IssueStructureParser.Structure(pageTitle, articles.stream().map(ParsedArticle::title).toList(),
                editorial, articles);
    }

    /** Reads one block that starts nothing: text of the current article or of the introduction. */
    private int read(int i, Draft current) {
        Block block = blocks.get(i);
        String text = block.text();
        switch (block.kind()) {
            case BREAK, CAPTION -> {
                return i + 1;
            }
            case BYLINE -> {
                if (current == null) {
                    byline = byline == null ? text : byline;
                } else if (current.author == null && current.lede == null) {
                    current.author = text;
                }
                return i + 1;
            }
            default -> {
                int afterSignOff = signOffEnd(i);
                if (afterSignOff > i) {
                    return afterSignOff;
                }
                if (current != null) {
                    current.add(text);
                } else if (intro.isEmpty() && byline == null && BlockClassifier.isName(text)
                        && !IssueStructureParser.isSalutation(text)) {
                    byline = text;
                } else if (!IssueStructureParser.isSalutation(text) && !TextDates.isDateLine(text)) {
                    intro.add(text);
                }
                return i + 1;
            }
        }
    }

    /**
     * The newsletter's name as its first heading is not an article, nor is its title heading with a subtitle right
     * under it.
     */
    private int skipTitle(String pageTitle, String masthead) {
        int first = nextContent(0);
        if (first >= size || blocks.get(first).kind() != Block.Kind.HEADING) {
            return 0;
        }
        String heading = comparable(blocks.get(first).text());
        if (masthead != null && heading.equals(comparable(masthead))) {
            return first + 1;
        }
        if (pageTitle == null || !heading.equals(comparable(pageTitle))) {
            return 0;
        }
        titleHeading = blocks.get(first).text();
        int next = nextContent(first + 1);
        boolean subtitle = next < size && (blocks.get(next).kind() == Block.Kind.HEADING
                || blocks.get(next).kind() == Block.Kind.PARAGRAPH && startAt(next, null) == null
                && !IssueStructureParser.isProse(blocks.get(next)));
        return subtitle ? next + 1 : first + 1;
    }

    private Start startAt(int i, Draft current) {
        Block block = blocks.get(i);
        String text = block.text();
        if (block.kind() == Block.Kind.HEADING) {
            return IssueStructureParser.isSalutation(text) ? null : titleStart(StartKind.HEADING, block, i);
        }
        if (block.kind() != Block.Kind.PARAGRAPH) {
            return null;
        }
        int next = nextContent(i + 1);
        if (block.isBoldLine()) {
            boolean title = IssueStructureParser.isTitleLike(block) && !text.endsWith(":") && next < size
                    && !IssueStructureParser.isSalutation(text);
            return title ? titleStart(StartKind.TITLE_LINE, block, i) : null;
        }
        if ((COUNTED.matcher(text).matches() || NUMBERED.matcher(text).matches())
                && IssueStructureParser.wordCount(text) <= MAX_NUMBERED_TITLE_WORDS && IssueStructureParser.isTitleLike(block)
                && isProseAt(next)) {
            return titleStart(StartKind.TITLE_LINE, block, i);
        }
        Start capsLead = capsLeadAt(block, i);
        if (capsLead != null) {
            return capsLead;
        }
        if (isCapsLabel(text) && next < size) {
            return titleStart(StartKind.TITLE_LINE, block, i);
        }
        if (block.boldLead() != null && (current == null || current.kind == StartKind.LEAD_PARAGRAPH)) {
            return leadParagraphStart(block, i);
        }
        if (!formatted && IssueStructureParser.isTitleLike(block) && !IssueStructureParser.isSalutation(text)
                && (isProseAt(next) || sourceLineAt(next) != null)) {
            return titleStart(StartKind.TITLE_LINE, block, i);
        }
        return null;
    }

    /** A title on its own line; a source line under it ("Valdoria Courier") is the article's byline. */
    private Start titleStart(StartKind kind, Block block, int i) {
        String section = null;
        String title = block.text();
        Matcher counted = COUNTED.matcher(title);
        Matcher numbered = NUMBERED.matcher(title);
        if (counted.matches()) {
            section = counted.group(1);
            title = counted.group(2);
        } else if (numbered.matches()) {
            title = numbered.group(1);
        }
        int next = i + 1;
        String source = null;
        if (kind == StartKind.TITLE_LINE) {
            int sourceAt = nextContent(i + 1);
            source = sourceLineAt(sourceAt);
            if (source != null) {
                next = sourceAt + 1;
            }
        }
        return new Start(kind, section, stripSeparators(title), block.href(), source, null, next);
    }

    /** "WHAT WE'RE WATCHING — The Senate votes at noon": the label is the title, the rest its text. */
    private static Start capsLeadAt(Block block, int i) {
        String text = block.text();
        // a label is short: only its first characters need a look for the separator
        String head = text.substring(0, Math.min(text.length(), MAX_LABEL_LENGTH + 3));
        int at = -1;
        String separator = null;
        for (String candidate : LEAD_SEPARATORS) {
            int found = head.indexOf(candidate);
            if (found > 0 && (at < 0 || found < at)) {
                at = found;
                separator = candidate;
            }
        }
        if (at < 0) {
            return null;
        }
        String label = text.substring(0, at).strip();
        String rest = text.substring(at + separator.length()).strip();
        boolean capsLead = isCapsLabel(label) && !rest.isEmpty() && !rest.equals(rest.toUpperCase(Locale.ROOT));
        return capsLead ? new Start(StartKind.TITLE_LINE, null, label, block.href(), null, rest, i + 1) : null;
    }

    /**
     * A paragraph opening with a bold lead: "<b>Floods in the north</b> killed …" keeps its whole text; a lead
     * ending in a separator ("<b>Figure of the day:</b> 42% …") is a label, and the text is what follows it.
     */
    private static Start leadParagraphStart(Block block, int i) {
        String lead = block.boldLead();
        String title = stripSeparators(lead);
        if (title.isEmpty()) {
            return null;
        }
        boolean labelled = SEPARATOR_CHARS.indexOf(lead.charAt(lead.length() - 1)) >= 0;
        String text = labelled ? block.text().substring(lead.length()).strip() : block.text();
        return new Start(StartKind.LEAD_PARAGRAPH, null, title, block.href(), null, text.isEmpty() ? null : text, i + 1);
    }

    /** A short line naming a source, directly followed by the summary. */
    private String sourceLineAt(int i) {
        if (i >= size) {
            return null;
        }
        Block block = blocks.get(i);
        String text = block.text();
        if (block.kind() != Block.Kind.PARAGRAPH || block.isBoldLine() || text.length() > MAX_LABEL_LENGTH
                || IssueStructureParser.wordCount(text) > MAX_SOURCE_WORDS || !isProseAt(nextContent(i + 1))
                || ".!?:;,".indexOf(text.charAt(text.length() - 1)) >= 0 || TextDates.isDateLine(text)) {
            return null;
        }
        String source = SOURCE_PREFIX.matcher(text).replaceFirst("");
        return !source.isEmpty() && Character.isUpperCase(source.charAt(0)) ? source : null;
    }

    /** "Ihr Jakob Lindner" or "Cheers," then a name: the newsletter's signature, not text. */
    private int signOffEnd(int i) {
        Block block = blocks.get(i);
        if (block.kind() != Block.Kind.PARAGRAPH) {
            return i;
        }
        String name = IssueStructureParser.signOffName(block.text());
        if (name == null) {
            return i;
        }
        if (!name.isEmpty()) {
            signature = name;
            return i + 1;
        }
        int next = nextContent(i + 1);
        if (next < size && blocks.get(next).kind() == Block.Kind.PARAGRAPH && BlockClassifier.isName(blocks.get(next).text())) {
            signature = blocks.get(next).text();
            return next + 1;
        }
        return i;
    }

    /** Drafts with text become articles; one without text before the next title labels the articles after it. */
    private static List<ParsedArticle> articles(List<Draft> drafts) {
        List<ParsedArticle> articles = new ArrayList<>();
        String section = null;
        for (int d = 0; d < drafts.size(); d++) {
            Draft draft = drafts.get(d);
            if (draft.lede == null) {
                if (draft.kind != StartKind.LEAD_PARAGRAPH && d + 1 < drafts.size()) {
                    section = draft.title;
                }
                continue;
            }
            articles.add(new ParsedArticle(draft.section != null ? draft.section : section, draft.title, draft.lede,
                    draft.paragraphs, List.of(), draft.author, draft.url));
        }
        return articles;
    }

    /** Capitals only, at least five letters, a few words: "DRIVING THE DAY", "TERMINE". */
    private static boolean isCapsLabel(String text) {
        if (text.length() > MAX_LABEL_LENGTH || IssueStructureParser.wordCount(text) > MAX_LABEL_WORDS) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= MIN_CAPS_LETTERS;
    }

    private boolean isProseAt(int i) {
        return i < size && IssueStructureParser.isProse(blocks.get(i));
    }

    private int nextContent(int from) {
        int limit = Math.min(size, from + MAX_LOOKAHEAD);
        for (int i = from; i < limit; i++) {
            Block.Kind kind = blocks.get(i).kind();
            if (kind != Block.Kind.BREAK && kind != Block.Kind.CAPTION) {
                return i;
            }
        }
        return size;
    }

    private static String stripSeparators(String text) {
        int end = text.length();
        while (end > 0 && (SEPARATOR_CHARS.indexOf(text.charAt(end - 1)) >= 0 || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Letters and digits only, lower-cased: a page title and its heading compare equal despite punctuation. */
    private static String comparable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    private static final class Draft {
        final StartKind kind;
        final String section;
        final String title;
        final String url;
        final List<String> paragraphs = new ArrayList<>();
        String author;
        String lede;

        Draft(Start start) {
            this.kind = start.kind();
            this.section = start.section();
            this.title = start.title();
            this.url = start.url();
            this.author = start.author();
            if (start.text() != null) {
                add(start.text());
            }
        }

        void add(String text) {
            if (lede == null) {
                lede = text;
            } else {
                paragraphs.add(text);
            }
        }
    }
}
