package io.briefbot.qa;

import io.briefbot.archive.SearchKeys;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a unit the retriever found answers the question, or is only about the same people, places and things. It
 * answers when it holds enough of the question's words, or is close enough in meaning and names the question's names,
 * numbers and countries, and gives what the question names and asks for:
 * <ul>
 *   <li>every number the question names ("in 2020");</li>
 *   <li>every country the question names, when it names countries at all ("to Thailand" is not answered by a unit on
 *   exports to Europe that names China); a unit of a publication named after a country speaks of that country;</li>
 *   <li>for "how much" or "how many", a figure, and for "how much does it cost" a sum of money with its currency: a unit
 *   that names the scanner but not its price does not say what it cost; the passage with the figure, read with the unit's
 *   title, holds enough of the question's words and its names ("dock workers arrested in Antwerp" is not answered by
 *   arrests in Rotterdam in an item that names Antwerp elsewhere), unless the unit is close enough in meaning;</li>
 *   <li>a question in one language is read against a unit in the other by the words that language can say: names,
 *   glossary words, and words the archive's units in that language contain.</li>
 * </ul>
 */
final class AnswerAcceptance {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final double CONTEXT_SHARE = 0.5;
    /** How much closer in meaning a unit in the other language than the question's must be (see {@link #closeInMeaning}). */
    private static final double CROSSING_LANGUAGES_MARGIN = 0.06;
    /** The share of the question's words, and the similarity, that half-way is (see {@link #partlyByWordsAndMeaning}). */
    private static final double PARTLY = 0.5;

    private final Retriever retriever;
    private final Retriever.Terms terms;
    private final List<Candidate> candidates;
    private final AskedFor asked;
    private final Set<String> countries;
    private final Set<String> places;
    private final Optional<TextLanguage> language;
    /** The names (of a question not in German, where capitals mark nouns), numbers and countries the question names. */
    private final Retriever.Terms exact;
    private final Map<Optional<TextLanguage>, List<ConceptTerms>> expressibleIn = new HashMap<>();
    private final Map<String, String> contexts = new HashMap<>();

    AnswerAcceptance(Question question, Retriever.Retrieval retrieval, Retriever retriever) {
        this.retriever = retriever;
        this.terms = retrieval.terms();
        this.candidates = retrieval.candidates();
        this.asked = AskedFor.in(question.text());
        this.countries = Countries.shared().named(question.topic());
        this.places = Places.shared().askedAbout(question.topic());
        this.language = TextLanguage.of(question.text());
        boolean capitalsAreNames = !language.equals(Optional.of(TextLanguage.GERMAN));
        this.exact = new Retriever.Terms(terms.concepts().stream()
                .filter(c -> c.concept().named() && capitalsAreNames && !isAcronym(c.concept().typed())
                        || NUMBER.matcher(c.concept().typed()).matches() || !Countries.shared().formsOf(c.concept().typed()).isEmpty())
                .toList(), List.of());
    }

    /** "EU", "CO2": said in other words as often ("Union", "carbon dioxide"). */
    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    boolean accepts(Candidate candidate) {
        Retriever.Settings settings = retriever.settings();
        double coverage = coverage(candidate);
        boolean byWords = coverage >= settings.minCoverage();
        boolean byMeaning = closeInMeaning(candidate) && covers(exact, spokenOf(candidate.unit()));
        return terms.unknownNames().isEmpty()
                && (byWords || byMeaning || partlyByWordsAndMeaning(candidate, coverage))
                && namesItsNumbers(candidate.unit())
                && !aboutOtherCountries(candidate.unit())
                && !aboutOtherPlaces(candidate.unit())
                && (!asked.isAmount() || offersAmountOfIt(candidate, settings));
    }

    /**
     * Half-way by words and by meaning together: a unit that holds half of the question's words and comes half-way
     * close answers when it also offers what the question asks for (a name for "who", a date for "when").
     */
    private boolean partlyByWordsAndMeaning(Candidate candidate, double coverage) {
        return coverage >= PARTLY && candidate.similarity() >= PARTLY && offersWhatIsAsked(candidate.unit());
    }

    /** Whether one of a unit's sentences fully offers what the question asks for; any does when it asks for nothing in particular. */
    private boolean offersWhatIsAsked(IndexUnit unit) {
        return asked == AskedFor.NOTHING
                || Passages.of(unit).sentences().stream().anyMatch(sentence -> asked.offeredBy(sentence.text()) >= 1);
    }

    /**
     * Whether a unit is close enough in meaning to the question. Across the languages one side was compared as its
     * English gloss, which is close to more than the text itself would be, so it must come closer.
     */
    private boolean closeInMeaning(Candidate candidate) {
        boolean crossing = language.isPresent() && !language.equals(TextLanguage.of(candidate.unit().allText()));
        return candidate.similarity() >= retriever.settings().minSimilarity() + (crossing ? CROSSING_LANGUAGES_MARGIN : 0);
    }

    /**
     * How much of the question a unit holds, read with what it goes on from (an editorial paragraph with the one before),
     * of what a text in its language can say: of a unit in the other language than the question's, names, glossary
     * words, and words another candidate in that language contains ("pandas", "Zoo").
     */
    private double coverage(Candidate candidate) {
        String context = context(candidate.unit());
        Optional<TextLanguage> unitLanguage = TextLanguage.of(candidate.unit().allText());
        if (language.isEmpty() || language.equals(unitLanguage)) {
            return withContext(candidate.coverage(), context, text -> retriever.coverage(terms, text), candidate.unit());
        }
        Retriever.Terms crossing = termsIn(unitLanguage);
        return withContext(retriever.coverage(crossing, candidate.unit().allText()), context,
                text -> retriever.coverage(crossing, text), candidate.unit());
    }

    /** The question's concepts a text in {@code unitLanguage} can hold: all in the question's language, else those it can say. */
    private Retriever.Terms termsIn(Optional<TextLanguage> unitLanguage) {
        if (language.isEmpty() || language.equals(unitLanguage)) {
            return terms;
        }
        return new Retriever.Terms(expressibleIn.computeIfAbsent(unitLanguage, this::expressibleIn), List.of());
    }

    /**
     * A unit's own coverage, and half of what the words of what it goes on from add to it: they may say what it is about,
     * or belong to another story of the editorial. A unit that holds none of the question's words is not lifted.
     */
    private static double withContext(double own, String context, ToDoubleFunction<String> coverage, IndexUnit unit) {
        if (context.isEmpty() || own == 0) {
            return own;
        }
        return own + CONTEXT_SHARE * Math.max(0, coverage.applyAsDouble(context + "\n" + unit.allText()) - own);
    }

    /**
     * What a unit goes on from, which says what it is about when it does not say so itself: for an editorial paragraph
     * after the first, the paragraph before ("It will carry 3,000 passengers an hour" after the one that names the cable car).
     */
    private String context(IndexUnit unit) {
        return contexts.computeIfAbsent(unit.key(), key -> unit.previousParagraphKey().flatMap(retriever::unit)
                .map(IndexUnit::allText).orElse(""));
    }

    /**
     * The question's concepts a text in {@code unitLanguage} can contain: names, glossary words, words its candidates
     * contain. A verb or an adjective the glossary translates counts only where a candidate contains it: the other
     * language may say "recommend" or "rise" with another verb than the glossary's, but names a thing by its noun.
     */
    private List<ConceptTerms> expressibleIn(Optional<TextLanguage> unitLanguage) {
        String sameLanguage = candidates.stream().map(c -> c.unit().allText())
                .filter(text -> TextLanguage.of(text).equals(unitLanguage)).collect(Collectors.joining("\n"));
        return terms.concepts().stream()
                .filter(c -> c.concept().named() || c.concept().translated() && !isPhrasing(c.concept()) || covers(c, sameLanguage))
                .toList();
    }

    private boolean isPhrasing(Concept concept) {
        return retriever.glossary().isPhrasing(SearchKeys.of(concept.typed()));
    }

    private boolean covers(ConceptTerms concept, String text) {
        return retriever.coverage(new Retriever.Terms(List.of(concept), List.of()), text) >= 1;
    }

    /** Whether a text contains all of the concepts, each by one of its forms. */
    private boolean covers(Retriever.Terms concepts, String text) {
        return concepts.concepts().isEmpty() || retriever.coverage(concepts, text) >= 1;
    }

    /** A unit's text and its publication's name, whose country it speaks of ("China.Table"). */
    private static String spokenOf(IndexUnit unit) {
        return unit.allText() + "\n" + String.valueOf(unit.source().publication()).replace('.', ' ');
    }

    /** Whether a unit contains every number the question names: "in 2020" is not answered by this year's figure. */
    private boolean namesItsNumbers(IndexUnit unit) {
        String text = unit.allText();
        return terms.concepts().stream().filter(c -> NUMBER.matcher(c.concept().typed()).matches()).allMatch(c -> covers(c, text));
    }

    /**
     * Whether a unit names countries but not every one the question names: "soybeans from Argentina" is not answered by
     * "soybeans from Brazil", nor "exports to Thailand" by "exports from China to Europe". Its publication's country
     * counts as named ("China.Table").
     */
    private boolean aboutOtherCountries(IndexUnit unit) {
        if (countries.isEmpty()) {
            return false;
        }
        Set<String> named = Countries.shared().named(unit.allText());
        Set<String> spokenOf = new HashSet<>(named);
        spokenOf.addAll(Countries.shared().named(String.valueOf(unit.source().publication())));
        return !named.isEmpty() && !spokenOf.containsAll(countries);
    }

    /**
     * Whether a unit names places, but not every one the question asks about: the zoo in Berlin does not answer about the
     * zoo in Hamburg, nor the line from Hamburg to Berlin about the one to Bremen. A city names its region too.
     */
    private boolean aboutOtherPlaces(IndexUnit unit) {
        if (places.isEmpty()) {
            return false;
        }
        Set<String> named = Places.shared().named(unit.allText());
        return !named.isEmpty() && !named.containsAll(places);
    }

    /**
     * Whether a unit says an amount of what the question asks about. It must give a figure (a sum of money when the
     * question asks what something costs), and either be close enough in meaning or have a passage with the figure that,
     * read with the unit's title and tags, holds enough of the question's words (of those a text in its language can say):
     * a unit that names everything asked about but gives its figure for something else does not answer "how much".
     */
    private boolean offersAmountOfIt(Candidate candidate, Retriever.Settings settings) {
        Passages passages = Passages.of(candidate.unit());
        List<Passages.Passage> figures = Stream.concat(passages.sentences().stream(), passages.neighbours().stream())
                .filter(passage -> asked == AskedFor.MONEY ? AskedFor.offersMoney(passage.text()) : AskedFor.AMOUNT.offeredBy(passage.text()) > 0)
                .toList();
        String about = String.join("\n", candidate.unit().about(), String.join("\n", candidate.unit().tags()), context(candidate.unit()));
        Retriever.Terms expressible = termsIn(TextLanguage.of(candidate.unit().allText()));
        return !figures.isEmpty() && (closeInMeaning(candidate)
                || figures.stream().map(passage -> about + "\n" + passage.text())
                        .anyMatch(text -> covers(exact, text) && retriever.coverage(expressible, text) >= settings.minCoverage()));
    }
}
