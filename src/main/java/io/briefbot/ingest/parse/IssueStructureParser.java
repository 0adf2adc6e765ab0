package io.briefbot.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one structural parser shared by all formats. An issue reads, in order: an optional preamble
 * (briefing header, "topic + topic" title, date), headline bullets, an editorial closed by a signature,
 * then articles, each "section label, title, lede, body paragraphs, tag bullets".
 * Bullets therefore mean headlines before the editorial and tags at the end of an article.
 */
final class IssueStructureParser {

    private static final Set<String> KNOWN_SECTIONS = Set.of("feature", "analysis", "analyse", "news", "opinion",
            "profile", "table.standpunkt", "standpunkt", "column", "kolumne", "interview", "heads", "table.heads",
            "presseschau", "press review", "portrait", "porträt", "kommentar", "commentary", "dossier",
            "hintergrund", "background", "report", "reportage", "nachrichten", "meinung", "personalien",
            "in brief", "kurz gemeldet", "dessert", "chinese whispers", "table.tweet");
    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:Dear (?:readers?|subscribers?|reader and subscriber)|Liebe Leserin,? lieber Leser"
                    + "|Liebe Leserinnen und Leser|Liebe Leser(?:innen)?|Hello|Hallo|Guten Morgen|Good morning)[,!.]?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGN_OFF = Pattern.compile(
            "^(?:Yours sincerely|Yours truly|Yours|Your|Sincerely|Best regards|Best wishes|Kind regards|Regards|Best"
                    + "|Cheers|Herzliche Grüße|Viele Grüße|Beste Grüße|Mit besten Grüßen|Herzlichst|Herzlich|Ihre|Ihr"
                    + "|Eure|Euer)(?:\\s*,\\s*|\\s+|$)(.*)$");
    private static final Pattern ISSUE_NUMBER = Pattern.compile("^(?:Issue|Ausgabe|No\\.|Nr\\.)\\s?#?\\d{1,6}$");
    private static final Pattern PUBLICATION_NAME = Pattern.compile("^(?:\\p{L}{2,30}\\.Table|Table\\.Media|Table\\.Briefing)$");
    private static final Set<String> CONTENTS_INTROS = Set.of("in this issue", "in dieser ausgabe",
            "today's topics", "heute im briefing", "die themen", "die themen des tages",
            "headlines", "contents", "inhalt");
    private static final String TERMINAL_PUNCTUATION = ".!?\"”“»«)…'’";
    private static final String NON_TITLE_ENDINGS = ".,;:";
    private static final int MAX_TITLE_LENGTH = 200;
    private static final int MAX_TITLE_WORDS = 30;
    private static final int MAX_LABEL_LENGTH = 40;
    private static final int MAX_LABEL_WORDS = 3;
    private static final int MAX_TAG_LENGTH = 60;
    private static final int MAX_TAG_WORDS = 6;
    private static final int MIN_PROSE_WORDS = 4;
    private static final int LONG_PARAGRAPH = 100;
    private static final int MAX_SIGN_OFF_LENGTH = 80;
    private static final int MAX_TOPIC_LENGTH = 80;
    private static final int MAX_PREAMBLE_LINE = 120;
    /** A short line ending in a colon before the headlines introduces them ("Today in China.Table:"). */
    private static final int MAX_INTRO_LENGTH = 60;
    /** Bounds every look-ahead so that long runs of skippable blocks cannot make parsing quadratic. */
    private static final int MAX_LOOKAHEAD = 32;

    /** The structure found in one issue, before publication and metadata are added. */
    record Structure(String title, List<String> headlines, Editorial editorial, List<ParsedArticle> articles) {

        /** Any content at all: a headline, an editorial or an article. */
        boolean hasContent() {
            return !headlines.isEmpty() || editorial != null || !articles.isEmpty();
        }
    }

    private record ArticleStart(String section, Block title, int next) {
    }

    private record Signature(String name, int next) {
    }

    private final List<Block> blocks;
    private final int size;
    private final List<String> headlines = new ArrayList<>();
    private String title;
    private Editorial editorial;

    private IssueStructureParser(List<Block> blocks) {
        this.blocks = blocks;
        this.size = blocks.size();
    }

    static Structure parse(List<Block> contentBlocks) {
        return new IssueStructureParser(contentBlocks).parse();
    }

    static boolean isKnownSection(String text) {
        return text.length() <= MAX_LABEL_LENGTH && KNOWN_SECTIONS.contains(text.toLowerCase(Locale.ROOT));
    }

    static boolean isSalutation(String text) {
        return SALUTATION.matcher(text).matches();
    }

    /**
     * A sign-off line: the name when it follows on the line ("Ihr Jakob Lindner", "Cheers, Dana Whitfield"),
     * "" when the line is the sign-off alone ("Ihre"), null when the line is no sign-off.
     */
    static String signOffName(String text) {
        if (text.length() > MAX_SIGN_OFF_LENGTH) {
            return null;
        }
        Matcher signOff = SIGN_OFF.matcher(text);
        if (!signOff.matches()) {
            return null;
        }
        String rest = signOff.group(1).strip();
        return rest.isEmpty() || BlockClassifier.isName(rest) ? rest : null;
    }

    /** "Rare earths + Port strike + Chip subsidies": the day's topics joined with " + ". */
    static boolean isTopicsTitle(String text) {
        if (text.length() > 3 * MAX_TOPIC_LENGTH || !text.contains(" + ") || text.endsWith(".")) {
            return false;
        }
        for (String topic : text.split(" \\+ ")) {
            if (topic.isBlank() || topic.length() > MAX_TOPIC_LENGTH) {
                return false;
            }
        }
        return true;
    }

    private Structure parse() {
        int i = readPreamble(0);
        i = readHeadlines(i);
        i = readEditorial(i);
        List<ParsedArticle> articles = readArticles(i);
        if (headlines.isEmpty() && title != null) {
            headlines.addAll(List.of(title.split(" \\+ ")));
        }
        return new Structure(title, headlines, editorial, articles);
    }

    private int readPreamble(int from) {
        int i = from;
        while (i < size) {
            Block block = blocks.get(i);
            // a page's "By the editors" above everything belongs to no article
            if (block.kind() == Block.Kind.BREAK || block.kind() == Block.Kind.CAPTION || block.kind() == Block.Kind.BYLINE) {
                i++;
                continue;
            }
            if (block.kind() != Block.Kind.PARAGRAPH && block.kind() != Block.Kind.HEADING) {
                break;
            }
            if (title == null && isTopicsTitle(block.text())) {
                title = block.text();
            } else if (!isPreambleLine(block.text())) {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isPreambleLine(String text) {
        if (text.length() > MAX_PREAMBLE_LINE) {
            return false;
        }
        return PublicationRecognizer.fromBriefingHeader(text) != null
                || PUBLICATION_NAME.matcher(text).matches()
                || PublicationRecognizer.mentionsTable(text) && PublicationRecognizer.GREETING.matcher(text).find()
                || TextDates.isDateLine(text)
                || ISSUE_NUMBER.matcher(text).matches()
                || CONTENTS_INTROS.contains(text.toLowerCase(Locale.ROOT))
                || text.length() <= MAX_INTRO_LENGTH && text.endsWith(":");
    }

    private int readHeadlines(int from) {
        int i = from;
        while (i < size && isBulletOrSkippable(blocks.get(i))) {
            if (blocks.get(i).kind() == Block.Kind.BULLET) {
                headlines.add(blocks.get(i).text());
            }
            i++;
        }
        return headlines.isEmpty() ? from : i;
    }

    private int readEditorial(int from) {
        int i = skipBreaks(from);
        boolean salutation = i < size && blocks.get(i).kind() == Block.Kind.PARAGRAPH
                && SALUTATION.matcher(blocks.get(i).text()).matches();
        if (salutation) {
            i++;
        }
        List<String> paragraphs = new ArrayList<>();
        String signatureName = null;
        String captionName = null;
        boolean signed = false;
        while (i < size && !signed) {
            Block block = blocks.get(i);
            Block.Kind kind = block.kind();
            if (kind == Block.Kind.BREAK) {
                i++;
            } else if (kind == Block.Kind.CAPTION) {
                captionName = captionName != null ? captionName : BlockClassifier.nameInCaption(block.text());
                i++;
            } else if (kind == Block.Kind.BYLINE || kind == Block.Kind.HEADING) {
                break;
            } else {
                Signature signature = paragraphs.isEmpty() ? null : signatureAt(i);
                if (signature != null) {
                    signatureName = signature.name();
                    signed = true;
                    i = signature.next();
                } else if (kind == Block.Kind.PARAGRAPH && articleStartAt(i, true) != null) {
                    break;
                } else {
                    paragraphs.add(block.text());
                    i++;
                }
            }
        }
        if (signed) {
            while (i < size && (blocks.get(i).kind() == Block.Kind.BREAK || blocks.get(i).kind() == Block.Kind.CAPTION)) {
                captionName = captionName != null ? captionName : BlockClassifier.nameInCaption(blocks.get(i).text());
                i++;
            }
        }
        // lines that only look like titles and subtitles above a name are no editorial
        boolean hasProse = paragraphs.stream().anyMatch(IssueStructureParser::isProse);
        boolean isEditorial = hasProse && (salutation || signed || captionName != null || !headlines.isEmpty());
        if (!isEditorial) {
            return from;
        }
        editorial = new Editorial(paragraphs, signatureName != null ? signatureName : captionName);
        return i;
    }

    /** "Finn Mayer-Kuckuk", "Your Finn Mayer-Kuckuk", "Ihre\nAnna Weber", "Yours," (name on the next line). */
    private Signature signatureAt(int i) {
        Block block = blocks.get(i);
        String text = block.text();
        if (block.kind() != Block.Kind.PARAGRAPH || text.length() > MAX_SIGN_OFF_LENGTH) {
            return null;
        }
        if (SIGN_OFF.matcher(text).matches()) {
            String name = signOffName(text);
            if (name == null) {
                return null;
            }
            if (!name.isEmpty()) {
                return new Signature(name, i + 1);
            }
            int next = nextContent(i + 1);
            if (next < size && blocks.get(next).kind() == Block.Kind.PARAGRAPH
                    && BlockClassifier.isName(blocks.get(next).text())) {
                return new Signature(blocks.get(next).text(), next + 1);
            }
            return new Signature(null, i + 1);
        }
        boolean bareName = text.indexOf(' ') > 0 && !isKnownSection(text) && BlockClassifier.isName(text);
        return bareName && !isProseAt(nextContent(i + 1)) ? new Signature(text, i + 1) : null;
    }

    private List<ParsedArticle> readArticles(int from) {
        List<ParsedArticle> articles = new ArrayList<>();
        ArticleDraft current = null;
        int i = from;
        while (i < size) {
            Block block = blocks.get(i);
            switch (block.kind()) {
                case BREAK, CAPTION -> i++;
                case BYLINE -> {
                    if (current != null && current.author == null) {
                        current.author = block.text();
                    }
                    i++;
                }
                case HEADING, PARAGRAPH -> {
                    ArticleStart start = articleStartAt(i, current == null || current.closed);
                    if (start != null) {
                        addIfTitled(articles, current);
                        current = new ArticleDraft(start);
                        i = start.next();
                    } else {
                        if (current != null && !current.closed) {
                            current.add(block.text());
                        }
                        i++;
                    }
                }
                case BULLET -> i = readBulletRun(i, current);
            }
        }
        addIfTitled(articles, current);
        return articles;
    }

    /** A run of bullets ends an article as its tags when the items are short and no prose follows; else it is body text. */
    private int readBulletRun(int from, ArticleDraft article) {
        List<String> items = new ArrayList<>();
        boolean allTagLike = true;
        int i = from;
        while (i < size && isBulletOrSkippable(blocks.get(i))) {
            Block block = blocks.get(i);
            if (block.kind() == Block.Kind.BULLET) {
                items.add(block.text());
                allTagLike &= isTagLike(block.text());
            }
            i++;
        }
        if (article != null && !article.closed) {
            if (allTagLike && !isProseAt(nextContent(i))) {
                article.tags.addAll(items);
                article.closed = true;
            } else {
                items.forEach(article::add);
            }
        }
        return i;
    }

    private static void addIfTitled(List<ParsedArticle> articles, ArticleDraft draft) {
        if (draft != null) {
            articles.add(draft.toArticle());
        }
    }

    /**
     * An article starts at a section label followed by a title (a known label, or any short label when the title
     * is a heading or is followed by prose), at a heading, or, where allowed, at a title line followed by prose.
     */
    private ArticleStart articleStartAt(int i, boolean allowUnlabelled) {
        Block block = blocks.get(i);
        if (block.kind() != Block.Kind.PARAGRAPH && block.kind() != Block.Kind.HEADING) {
            return null;
        }
        String text = block.text();
        if (isLabelLike(text)) {
            int titleAt = nextContent(i + 1);
            if (titleAt < size && isTitleLike(blocks.get(titleAt))) {
                Block title = blocks.get(titleAt);
                if (isKnownSection(text) || title.kind() == Block.Kind.HEADING || isProseAt(nextContent(titleAt + 1))) {
                    return new ArticleStart(text, title, titleAt + 1);
                }
            }
        }
        if (block.kind() == Block.Kind.HEADING) {
            return new ArticleStart(null, block, i + 1);
        }
        if (allowUnlabelled && isTitleLike(block) && isProseAt(nextContent(i + 1))) {
            return new ArticleStart(null, block, i + 1);
        }
        return null;
    }

    private static boolean isLabelLike(String text) {
        return text.length() <= MAX_LABEL_LENGTH && Character.isUpperCase(text.charAt(0))
                && wordCount(text) <= MAX_LABEL_WORDS && ".,;:!?".indexOf(text.charAt(text.length() - 1)) < 0;
    }

    static boolean isTitleLike(Block block) {
        if (block.kind() != Block.Kind.PARAGRAPH && block.kind() != Block.Kind.HEADING) {
            return false;
        }
        String text = block.text();
        if (text.length() < 2 || text.length() > MAX_TITLE_LENGTH || wordCount(text) > MAX_TITLE_WORDS) {
            return false;
        }
        char first = text.charAt(0);
        boolean startsLikeTitle = Character.isLetterOrDigit(first) || "\"„“‘'«»".indexOf(first) >= 0;
        return startsLikeTitle && NON_TITLE_ENDINGS.indexOf(text.charAt(text.length() - 1)) < 0
                && !TextDates.isDateLine(text) && !isSalutation(text);
    }

    private static boolean isTagLike(String text) {
        return text.length() <= MAX_TAG_LENGTH && wordCount(text) <= MAX_TAG_WORDS;
    }

    private boolean isProseAt(int i) {
        return i < size && isProse(blocks.get(i));
    }

    /** A paragraph of running text: a sentence of a few words, or a long line. */
    static boolean isProse(Block block) {
        return block.kind() == Block.Kind.PARAGRAPH && isProse(block.text());
    }

    private static boolean isProse(String text) {
        boolean sentenceEnd = TERMINAL_PUNCTUATION.indexOf(text.charAt(text.length() - 1)) >= 0;
        return (sentenceEnd || text.length() >= LONG_PARAGRAPH) && wordCount(text) >= MIN_PROSE_WORDS;
    }

    private static boolean isBulletOrSkippable(Block block) {
        return block.kind() == Block.Kind.BULLET || block.kind() == Block.Kind.BREAK
                || block.kind() == Block.Kind.CAPTION;
    }

    /** The index of the next block with text to read, skipping breaks, captions and bylines; size when none. */
    private int nextContent(int from) {
        int limit = Math.min(size, from + MAX_LOOKAHEAD);
        for (int i = from; i < limit; i++) {
            Block.Kind kind = blocks.get(i).kind();
            if (kind != Block.Kind.BREAK && kind != Block.Kind.CAPTION && kind != Block.Kind.BYLINE) {
                return i;
            }
        }
        return size;
    }

    private int skipBreaks(int from) {
        int i = from;
        while (i < size && blocks.get(i).kind() == Block.Kind.BREAK) {
            i++;
        }
        return i;
    }

    /** Counts words up to a small bound; callers only compare against small limits. */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words <= MAX_TITLE_WORDS; i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static final class ArticleDraft {
        final String section;
        final String title;
        final String url;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        String lede;
        String author;
        boolean closed;

        ArticleDraft(ArticleStart start) {
            this.section = start.section();
            this.title = start.title().text();
            this.url = start.title().href();
        }

        void add(String paragraph) {
            if (lede == null) {
                lede = paragraph;
            } else {
                paragraphs.add(paragraph);
            }
        }

        ParsedArticle toArticle() {
            return new ParsedArticle(section, title, lede, paragraphs, tags, author, url);
        }
    }
}
