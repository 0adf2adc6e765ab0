package io.briefbot.chat.command;

import io.briefbot.format.Language;
import io.briefbot.format.TrendChart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What /trend was asked: up to three tags (words, "quoted names" or names separated by commas) and a number of weeks
 * at the end ("26", "26 weeks", "26 Wochen"). Written "Wochen", it asks in German.
 *
 * @param error why the arguments cannot be charted, in the language asked in; null when they can
 */
record TrendArguments(List<String> tags, int weeks, Language language, String error) {

    static final int DEFAULT_WEEKS = 12;
    static final int MIN_WEEKS = 2;
    static final int MAX_WEEKS = 52;

    private static final Pattern WEEKS = Pattern.compile("(?:^|\\s)(\\d+)\\s*(weeks?|wochen?|w)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\"([^\"]+)\"|“([^”]+)”|(\\S+)");

    static TrendArguments parse(String arguments, Language asked) {
        String rest = arguments.strip();
        String typedWeeks = Integer.toString(DEFAULT_WEEKS);
        Language language = asked;
        Matcher number = WEEKS.matcher(rest);
        if (number.find()) {
            typedWeeks = number.group(1).replaceFirst("^0+(?=\\d)", "");
            if (number.group(2) != null && number.group(2).toLowerCase(Locale.ROOT).startsWith("woche")) {
                language = Language.GERMAN;
            }
            rest = rest.substring(0, number.start()).strip();
        }
        List<String> tags = names(rest);
        if (tags.isEmpty()) {
            return failed(language, "Which tags? As in /trend cyber trade 26; /tags shows the most used ones.",
                    "Welche Tags? Etwa /verlauf Cyber Handel 26; /tags zeigt die meistgenutzten.");
        }
        if (tags.size() > TrendChart.MAX_TAGS) {
            return failed(language, "One chart shows at most " + TrendChart.MAX_TAGS + " tags; name a tag of several words "
                    + "in quotes, as in /trend \"human rights\" cyber.", "Ein Diagramm zeigt höchstens " + TrendChart.MAX_TAGS
                    + " Tags; ein Tag aus mehreren Wörtern steht in Anführungszeichen, etwa /verlauf \"Human Rights\" Cyber.");
        }
        int weeks = typedWeeks.length() > 2 ? Integer.MAX_VALUE : Integer.parseInt(typedWeeks);
        if (weeks < MIN_WEEKS || weeks > MAX_WEEKS) {
            String shown = Buttons.shorten(typedWeeks, 12);
            return failed(language, "A chart covers " + MIN_WEEKS + " to " + MAX_WEEKS + " weeks, not " + shown + ".",
                    "Ein Diagramm umfasst " + MIN_WEEKS + " bis " + MAX_WEEKS + " Wochen, nicht " + shown + ".");
        }
        return new TrendArguments(tags, weeks, language, null);
    }

    /** The tags named, each once whatever its case, without a leading #. */
    private static List<String> names(String text) {
        List<String> named = new ArrayList<>();
        if (text.contains(",")) {
            named.addAll(List.of(text.split(",")));
        } else {
            Matcher name = NAME.matcher(text);
            while (name.find()) {
                named.add(name.group(1) != null ? name.group(1) : name.group(2) != null ? name.group(2) : name.group(3));
            }
        }
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String tag : named) {
            String plain = tag.strip().replaceFirst("^#", "").strip();
            if (!plain.isEmpty()) {
                distinct.putIfAbsent(plain.toLowerCase(Locale.ROOT), plain);
            }
        }
        return List.copyOf(distinct.values());
    }

    private static TrendArguments failed(Language language, String english, String german) {
        return new TrendArguments(List.of(), 0, language, language.pick(english, german));
    }
}
