package io.briefbot.qa;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a question asks for, read from its question words (English and German), and how well a passage offers it:
 * how much / wie viel → an amount (of money, when the question is about a cost, a price, a payment: {@link #MONEY});
 * how many / wie viele → a count; who / wer → a person or organisation; when / wann → a date or time; where / wo →
 * a place; why / warum → a reason. A passage offers it fully (1), partly (0.5: a bare number for an amount, another
 * kind of figure than the one asked for, a capitalised name for a person or place) or not at all (0).
 */
enum AskedFor {

    MONEY, COUNT, AMOUNT, ACTOR, TIME, PLACE, REASON, NOTHING;

    private static final String NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
            + "|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|third|quarter|fifth|dozen"
            + "|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend"
            + "|millionen|milliarden|hälfte|drittel|viertel|twice|zweimal|dreimal|viermal|fünfmal";
    private static final String NUMBER = "(?:\\d[\\d.,]*\\d|\\d|(?:" + NUMBER_WORDS + "))";
    private static final String CURRENCIES = "euros?|dollars?|cents?|yuan|renminbi|rmb|francs?|pounds?|yen|rupees?|bitcoins?|franken"
            + "|pfund|usd|eur|cny|chf|gbp";
    private static final String MEASURES = "percent|per cent|prozent|percentage points?|prozentpunkte|tonnes|tons|tonnen|kilograms?"
            + "|kilogramm|kilometres?|kilometers?|kilometer|gigawatts?|megawatts?|gigawatt|megawatt|gw|mw|twh|barrels?|containers?";

    private static final Pattern FIGURE = Pattern.compile("(?:[€$£¥]\\s?\\d)|\\b" + NUMBER + "(?:\\s+(?:million|billion|trillion"
            + "|millionen|milliarden|mio\\.?|mrd\\.?|bn|m))?\\s*(?:" + CURRENCIES + "|" + MEASURES + ")\\b|\\d\\s?%");
    /** A time of day or a year is no amount. */
    private static final Pattern NOT_AN_AMOUNT = Pattern.compile("\\b" + NUMBER + "\\s+(?:in the morning|in the evening|at night"
            + "|o'clock|uhr|a\\.m\\.|p\\.m\\.)|\\b(?:19|20)\\d{2}\\b");
    /** A sum of money: a figure with its currency. */
    private static final Pattern MONEY_SUM = Pattern.compile("(?:[€$£¥]\\s?\\d)|\\b" + NUMBER + "(?:\\s+(?:million|billion|trillion"
            + "|millionen|milliarden|mio\\.?|mrd\\.?|bn|m))?\\s*(?:" + CURRENCIES + ")\\b");
    /** "How much" and the like: a question that asks for a figure itself, not for what became of one. */
    private static final Pattern HOW_MUCH = Pattern.compile("\\b(?:how (?:much|many|high|expensive)|by how much|wie (?:viel|viele|hoch|teuer)"
            + "|um wie viel)\\b");
    /** Words of a question whose "how much" is a sum of money: a cost, a price, a payment, funding, a debt. */
    private static final Pattern MONEY_WORDS = Pattern.compile("\\b(?:cost|costs|costing|price|prices|priced|pay|pays|paid|paying"
            + "|spend|spends|spent|money|funding|funds|fund|budget|worth|fee|fees|charge|charges|ransom|invest|invests|invested"
            + "|investment|debt|debts|loan|loans|subsidy|subsidies|kostet|kosten|gekostet|preis|preise|zahlen|zahlt|bezahlt"
            + "|gezahlt|geld|ausgaben|ausgeben|investiert|investieren|investition|schulden|kredit|kredite|lösegeld|gebühr"
            + "|gebühren|förderung|fördergeld|zuschuss|etat|revenue|revenues|profit|profits|turnover|wage|wages|salary|salaries"
            + "|compensation|umsatz|gewinn|gewinne|lohn|löhne|gehalt|gehälter|bußgeld|entschädigung)\\b");
    private static final Pattern ANY_NUMBER = Pattern.compile("\\b" + NUMBER + "\\b");

    private static final Pattern DATES = Pattern.compile("\\b(?:(?:19|20)\\d{2}|january|february|march|april|june|july|august"
            + "|september|october|november|december|januar|februar|märz|juni|juli|oktober|dezember|monday|tuesday|wednesday"
            + "|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|spring|summer|autumn"
            + "|winter|frühjahr|frühling|sommer|herbst|quarter|quartal|next (?:week|month|year)|last (?:week|month|year)"
            + "|nächste[nm]? (?:woche|monat|jahr)|yesterday|tomorrow|gestern|morgen|today|heute|o'clock|uhr)\\b"
            + "|\\b\\d{1,2}\\.\\d{1,2}\\.|\\b(?:until|by|from|since|before|after|within|bis|ab|seit|vor|nach|innerhalb)\\s+\\d");
    private static final Pattern ACTORS = Pattern.compile("\\b(?:minister|ministry|president|premier|chancellor|prime minister|ceo"
            + "|chairman|chairwoman|spokes(?:man|woman|person)|council|commission|committee|parliament|government|cabinet|regulator"
            + "|authority|agency|association|federation|company|companies|group|bank|court|office|service|society|union|party"
            + "|institute|university|army|navy|police|lawyers?|analysts?|investors?|operators?|officials?|inc|ltd|ag|gmbh|se"
            + "|commanders?|general|admiral|chief|head|director|leader|secretary|governor|mayor|ambassador|envoy|judge"
            + "|prosecutors?|professor)\\b"
            + "|(?:ministerium|minister|präsident|kanzler|kabinett|regierung|behörde|verband|verbände|gericht|partei|konzern"
            + "|kommission|ausschuss|unternehmen|bundestag|bundesrat|gewerkschaft|chef|leiter|vorsitz|sprecher|botschafter"
            + "|bürgermeister|richter|staatsanwalt|kommandeur|inspekteur)");
    private static final Pattern PLACES = Pattern.compile("\\b(?i:in|at|near|off|to|from|across|nach|aus|bei)\\s+(?:the\\s+)?\\p{Lu}"
            + "|(?i)\\b(?:city|province|region|port|country|countries|state|district|coast|capital|border|stadt|provinz|hafen|land"
            + "|länder|küste|hauptstadt|grenze)\\b");
    private static final Pattern REASONS = Pattern.compile("\\b(?:because|due to|owing to|as a result|attribut\\w*|blam\\w*|reasons?"
            + "|caused by|driven by|thanks to|so that|credits?|credited|cites?|cited|citing|points? to|pointed to|amid"
            + "|(?:boosted|helped|hit|fuelled|fueled|held back|weighed down) by|on the back of|weil|wegen|aufgrund|deshalb"
            + "|daher|grund|gründe|zurückzuführen|dank|angesichts|infolge|begründe\\w*|verweis\\w*)\\b");
    private static final Pattern NAME = Pattern.compile("(?<=\\S\\s)\\p{Lu}\\p{L}+(?:[\\s-]\\p{Lu}\\p{L}+)*|\\b\\p{Lu}{2,}\\b");

    private static final List<Asking> QUESTION_WORDS = List.of(
            new Asking(COUNT, Pattern.compile("\\b(?:how many|wie viele)\\b")),
            new Asking(AMOUNT, Pattern.compile("\\b(?:how (?:much|many|high|low|large|big|expensive|far|long|strongly)|by how much"
                    + "|wie (?:viel|viele|hoch|teuer|stark|groß|weit)|um wie viel)\\b|\\bwhat\\b.*\\b(?:worth|cost|costs|price)\\b"
                    + "|\\bwas\\b.*\\b(?:kostet|kosten|wert)\\b")),
            new Asking(ACTOR, Pattern.compile("^(?:who|whom|whose|wer|wen|wem|wessen)\\b|\\b(?:who|whom|whose|wer|wen|wem)\\b"
                    + "|\\b(?:which|welche[rsnm]?) (?:company|companies|firm|country|countries|minister|ministry|authority|party"
                    + "|unternehmen|firma|land|länder|minister|behörde|partei)\\b")),
            new Asking(TIME, Pattern.compile("\\b(?:when|since when|until when|by when|from when|what date|wann|seit wann|bis wann"
                    + "|ab wann)\\b")),
            new Asking(PLACE, Pattern.compile("\\b(?:where|wo|wohin|woher|in which (?:city|country|province|region)"
                    + "|in welche[rmn]? (?:stadt|land|provinz|region))\\b")),
            new Asking(REASON, Pattern.compile("\\b(?:why|warum|wieso|weshalb|for what reason|aus welchem grund)\\b")));

    private record Asking(AskedFor what, Pattern words) {
    }

    static AskedFor in(String question) {
        if (asksForMoney(question)) {
            return MONEY;
        }
        String text = question.toLowerCase(Locale.ROOT);
        return QUESTION_WORDS.stream().filter(asking -> asking.words().matcher(text).find()).map(Asking::what).findFirst()
                .orElse(NOTHING);
    }

    boolean isAmount() {
        return this == MONEY || this == COUNT || this == AMOUNT;
    }

    /** Whether a question asks "how much" of a sum of money ("How much did the scanner cost?", "Wie viel Geld…?"). */
    private static boolean asksForMoney(String question) {
        String text = question.toLowerCase(Locale.ROOT);
        return HOW_MUCH.matcher(text).find() && MONEY_WORDS.matcher(text).find();
    }

    /** Whether {@code passage} gives a sum of money, with its currency. */
    static boolean offersMoney(String passage) {
        return MONEY_SUM.matcher(passage.toLowerCase(Locale.ROOT)).find();
    }

    /** How well {@code passage} offers what is asked for: 1 fully, 0.5 partly, 0 not. */
    double offeredBy(String passage) {
        String text = passage.toLowerCase(Locale.ROOT);
        return switch (this) {
            case MONEY -> MONEY_SUM.matcher(text).find() ? 1 : AMOUNT.offeredBy(passage) > 0 ? 0.5 : 0;
            // a sum of money counts nothing: "how many specialists" is not answered by a budget
            case COUNT -> AMOUNT.offeredBy(MONEY_SUM.matcher(text).replaceAll(" ")) > 0 ? 1 : AMOUNT.offeredBy(passage) > 0 ? 0.5 : 0;
            case AMOUNT -> FIGURE.matcher(text).find() ? 1 : ANY_NUMBER.matcher(NOT_AN_AMOUNT.matcher(text).replaceAll(" ")).find() ? 0.5 : 0;
            case ACTOR -> ACTORS.matcher(text).find() ? 1 : NAME.matcher(passage).find() ? 0.5 : 0;
            case TIME -> DATES.matcher(text).find() ? 1 : 0;
            case PLACE -> PLACES.matcher(passage).find() ? 1 : NAME.matcher(passage).find() ? 0.5 : 0;
            case REASON -> REASONS.matcher(text).find() ? 1 : 0;
            case NOTHING -> 0;
        };
    }
}
