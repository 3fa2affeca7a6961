package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One phrase a rule file names, matched word by word against a sentence. A word matches in any
 * inflection ({@code stab} finds "stabbed"); {@code a|b} is either; {@code =word} must be written
 * exactly so; {@code {CLASS}} is a word class; {@code *} is any one word; {@code ...} is up to
 * three words; a trailing {@code ?} makes an element optional; a leading {@code !} makes the phrase
 * count even after a negation.
 */
final class PhraseRule {
    private static final int GAP = 3;

    /** One word of a phrase: a {@link Choice}, {@link Any} one word or a {@link Gap}. */
    sealed interface Element permits Choice, Any, Gap {
    }

    /**
     * Any of: a word in any inflection, a word written exactly so ({@code =word}), a class ({@code {CLASS}}).
     * For the rule index, made once per element and shared by every phrase of the file that holds it:
     * {@code words} is its base and exact forms in one set; {@code startWords} adds the listed members of its
     * classes ({@code null} when a class is open, decided per word); {@code oneWordEach} says that every
     * match is one word of the draft, listed or not ({CHILD}, {OTHER}; not {PARENT}, which has "grown-ups"), so a
     * phrase it leads has its second word right after it; {@code wordNetClasses}
     * holds the bits of its WordNet classes when it is nothing else ({explosive}, {alcohol}), or 0.
     */
    record Choice(Set<String> lemmas, Set<String> exact, Set<String> words, List<String> classes, int[] classIds,
                          Set<String> startWords, boolean oneWordEach, long wordNetClasses)
            implements Element {
    }

    /** {@code *}: any one word. */
    record Any() implements Element {
    }

    /** {@code ...}: up to three words. */
    record Gap() implements Element {
    }

    private final int line;
    private final int aspect;
    private final Element[] elements;
    private final boolean[] optional;
    private final boolean countsWhenNegated;

    private PhraseRule(int line, int aspect, Element[] elements, boolean[] optional, boolean countsWhenNegated) {
        this.line = line;
        this.aspect = aspect;
        this.elements = elements;
        this.optional = optional;
        this.countsWhenNegated = countsWhenNegated;
    }

    /**
     * Parses the lines of one rule file. Alternatives of several words are written in parentheses,
     * {@code (alone|by yourself|on your own)}, and a line holding groups stands for one phrase per
     * combination. A rule file of some 1,600 lines stands for over 9,000 phrases, parsed in a fresh JVM
     * before the first story can be checked, where every step still runs interpreted: so each word of a
     * line is parsed once, each distinct word element is built once per file and shared, and the
     * combinations are made of parsed elements, not of text parsed again.
     */
    static final class Parser {
        private final Vocabulary vocabulary;
        private final Map<String, Choice> choices = new HashMap<>();

        Parser(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        /** A parsed word of a line: its element and whether a trailing {@code ?} made it optional. */
        private record Part(Element element, boolean optional) {
        }

        /**
         * @param line a line of phrases, without punctuation and with hyphenated words split
         * @return the phrases it stands for, in the order of its groups' alternatives (the first group varying slowest)
         */
        List<PhraseRule> parseLine(RuleText.Line line) {
            return parseLine(line, line.number());
        }

        /** Verbs that stand before another verb ("will go", "was moving", "has gone"). */
        private static final Set<String> HELPING_VERBS = Set.of("will", "would", "shall", "should", "can", "could",
                "might", "may", "must", "was", "were", "is", "are", "am", "has", "have", "had", "be", "been");

        /** Whether two words start alike enough to be forms of one ("goes" and "go", "moved" and "moving"). */
        private static boolean sameStem(String a, String b) {
            int length = Math.min(3, Math.min(a.length(), b.length()));
            return length >= 2 && a.regionMatches(0, b, 0, length);
        }

        /**
         * Refuses a choice of several words written without its group. "tell mum|your mum|your dad" reads one word
         * per slot ("tell", then "mum" or "your", then "mum" or "your", then "dad") and never finds "tell your dad";
         * it shows only as a story the line was written for staying accepted. Its signs: a word that is a choice in
         * two neighbouring slots, a choice that holds a word twice ("{POSS} life jacket|jacket|swimsuit" asks for
         * "life" before every one), a choice that holds the plain word written just before or after it ("the dark
         * room|dark", "see|saw|could see inside"), a contraction of the word just before it ("you are|you're
         * safe" asks for "you you're") or the other way round ("mustn't tell|must not tell" asks for "mustn't must"),
         * a helping verb beside another form of the word just after it ("goes|will go away" asks for "goes go" or
         * "will go", never "goes away"; "moves|moved|was moving"), or a negation beside its contraction ("do not|don't
         * fall" asks for "do not" or "do don't", never "don't fall"; "won't|will not"; "nobody|no one sat" only ever
         * finds "no one sat"). "his|her thumb|finger" and "get|are picked" show none and are left alone.
         */
        private static void refuseUngroupedChoice(RuleText.Line line, String text) {
            String[] slots = text.replaceAll("\\([^)]*\\)", "()").split(" ");
            for (int i = 0; i < slots.length; i++) {
                if (!slots[i].contains("|")) {
                    continue;
                }
                List<String> choices = List.of(slots[i].split("\\|"));
                String before = i > 0 ? slots[i - 1] : "";
                String after = i + 1 < slots.length ? slots[i + 1] : "";
                boolean repeated = new HashSet<>(choices).size() < choices.size();
                boolean sharedWithChoiceBefore = before.contains("|")
                        && choices.stream().anyMatch(List.of(before.split("\\|"))::contains);
                boolean holdsWordBefore = before.matches("[a-z'-]+") && choices.contains(before);
                boolean holdsWordAfter = after.matches("[a-z'-]+") && choices.contains(after);
                boolean contractsWordBefore = before.matches("[a-z]+")
                        && choices.stream().anyMatch(choice -> choice.startsWith(before + "'"));
                boolean contractionOfAChoiceBefore = before.matches("[a-z']+")
                        && choices.stream().anyMatch(choice -> choice.matches("[a-z]+")
                                && (before.equals(choice + "n't") || before.startsWith(choice + "'")));
                boolean helperBesideAFormOfWordAfter = after.matches("[a-z'-]+")
                        && choices.stream().anyMatch(HELPING_VERBS::contains)
                        && choices.stream().anyMatch(choice -> !HELPING_VERBS.contains(choice) && sameStem(choice, after));
                boolean holdsContraction = choices.stream().anyMatch(choice -> choice.endsWith("n't"));
                boolean negationBesideItsContraction = holdsContraction && (choices.contains("not") || after.equals("not"))
                        || choices.contains("nobody") && (choices.contains("no") && after.equals("one")
                                || before.equals("no") && choices.contains("one"));
                if (repeated || sharedWithChoiceBefore || holdsWordBefore || holdsWordAfter || contractsWordBefore
                        || contractionOfAChoiceBefore || helperBesideAFormOfWordAfter || negationBesideItsContraction) {
                    throw line.error("a choice of several words must be a group, as in \"(your mum|your dad)\": "
                            + slots[i]);
                }
            }
        }

        /**
         * @param line   a line of phrases, without punctuation and with hyphenated words split
         * @param aspect the aspect its phrases tell, for a section of aspects: the number of the line that began it
         * @return the phrases it stands for, in the order of its groups' alternatives (the first group varying slowest)
         */
        List<PhraseRule> parseLine(RuleText.Line line, int aspect) {
            String text = line.text();
            // A leading ! marks phrases that a negation does not make harmless ("we don't want the weird one").
            boolean countsWhenNegated = text.startsWith("!") || text.startsWith("(!");
            if (countsWhenNegated) {
                text = text.startsWith("!") ? text.substring(1) : "(" + text.substring(2);
            }
            refuseUngroupedChoice(line, text);
            // Each slot is a run of words outside groups (one alternative) or a group's alternatives.
            List<Part[][]> slots = new ArrayList<>();
            int at = 0;
            for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', at)) {
                int close = text.indexOf(')', open);
                if (close < 0) {
                    throw line.error("a ( without its )");
                }
                int nested = text.indexOf('(', open + 1);
                if (nested >= 0 && nested < close) {
                    throw line.error("a group inside a group");
                }
                if (open > 0 && !RuleText.isSpace(text.charAt(open - 1))
                        || close + 1 < text.length() && !RuleText.isSpace(text.charAt(close + 1))) {
                    throw line.error("a group needs a space on each side");
                }
                slots.add(new Part[][] {parts(text.substring(at, open), line)});
                String[] alternatives = text.substring(open + 1, close).split("\\|");
                Part[][] group = new Part[alternatives.length][];
                for (int i = 0; i < alternatives.length; i++) {
                    group[i] = parts(alternatives[i], line);
                }
                slots.add(group);
                at = close + 1;
            }
            slots.add(new Part[][] {parts(text.substring(at), line)});

            List<PhraseRule> out = new ArrayList<>();
            int[] choice = new int[slots.size()];
            while (true) {
                int length = 0;
                for (int s = 0; s < slots.size(); s++) {
                    length += slots.get(s)[choice[s]].length;
                }
                Element[] elements = new Element[length];
                boolean[] optional = new boolean[length];
                int i = 0;
                for (int s = 0; s < slots.size(); s++) {
                    for (Part part : slots.get(s)[choice[s]]) {
                        elements[i] = part.element();
                        optional[i++] = part.optional();
                    }
                }
                if (length == 0 || elements[0] instanceof Gap) {
                    throw line.error("a phrase must start with a word");
                }
                out.add(new PhraseRule(line.number(), aspect, elements, optional, countsWhenNegated));
                int s = slots.size() - 1;
                while (s >= 0 && ++choice[s] == slots.get(s).length) {
                    choice[s] = 0;
                    s--;
                }
                if (s < 0) {
                    return out;
                }
            }
        }

        private Part[] parts(String words, RuleText.Line line) {
            String[] split = RuleText.words(words);
            Part[] parts = new Part[split.length];
            for (int i = 0; i < split.length; i++) {
                String part = split[i];
                if (part.indexOf('_') >= 0) {
                    throw line.error("an alternative of several words needs a line of its own");
                }
                boolean optional = part.length() > 1 && part.endsWith("?");
                if (optional) {
                    part = part.substring(0, part.length() - 1);
                }
                Element element;
                if (part.equals("...")) {
                    element = GAP_ELEMENT;
                } else if (part.equals("*")) {
                    element = ANY_ELEMENT;
                } else {
                    element = choices.get(part);
                    if (element == null) {
                        Choice made = choice(part, line, vocabulary);
                        choices.put(part, made);
                        element = made;
                    }
                }
                parts[i] = new Part(element, optional);
            }
            return parts;
        }
    }

    static final Element GAP_ELEMENT = new Gap();
    static final Element ANY_ELEMENT = new Any();

    /**
     * A phrase from elements already parsed, as {@link CompiledRules} reads them back.
     *
     * @param elements its elements, each shared with the other phrases that hold it
     * @param optional for each element, whether a {@code ?} made it optional
     */
    static PhraseRule of(int line, int aspect, Element[] elements, boolean[] optional, boolean countsWhenNegated) {
        if (elements.length == 0 || elements.length != optional.length || elements[0] instanceof Gap) {
            throw new IllegalArgumentException("a phrase must start with a word and say of each word whether it is optional");
        }
        return new PhraseRule(line, aspect, elements, optional, countsWhenNegated);
    }

    /** @return its elements, not copied: for {@link CompiledRules} to write, never to change */
    Element[] elements() {
        return elements;
    }

    /** @return for each element, whether it is optional; not copied, never to change */
    boolean[] optional() {
        return optional;
    }

    private static Choice choice(String part, RuleText.Line line, Vocabulary vocabulary) {
        Set<String> lemmas = new HashSet<>();
        Set<String> exact = new HashSet<>();
        List<String> classes = new ArrayList<>();
        for (String alternative : part.split("\\|")) {
            if (alternative.startsWith("{") && alternative.endsWith("}")) {
                String name = alternative.substring(1, alternative.length() - 1);
                if (!vocabulary.defines(name)) {
                    throw line.error("unknown class {" + name + "}");
                }
                classes.add(name);
            } else if (alternative.startsWith("{") || alternative.endsWith("}")) {
                throw line.error("a class must be written {NAME}: " + alternative);
            } else if (alternative.startsWith("=")) {
                exact.add(alternative.substring(1).toLowerCase(Locale.ROOT));
            } else if (!alternative.isEmpty()) {
                // As a draft's words: "teacher's" is the word "teacher", or "your teacher's name" never matches.
                String word = AnalysedText.withoutPossessive(alternative.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
                lemmas.add(word);
                lemmas.addAll(TENSES.getOrDefault(word, Set.of()));
            }
        }
        return choice(lemmas, exact, classes, vocabulary);
    }

    /**
     * @param lemmas  the base forms it matches in any inflection (auxiliaries already in every tense), no two equal
     * @param exact   the forms it matches only as written, no two equal
     * @param classes the names of the word classes it matches
     * @return the element, with what the rule index needs worked out from the vocabulary
     */
    static Choice choice(Collection<String> lemmas, Collection<String> exact, List<String> classes, Vocabulary vocabulary) {
        Set<String> lemmasOnce = LookupSet.copyOf(lemmas);
        Set<String> exactOnce = LookupSet.copyOf(exact);
        Set<String> words;
        if (exact.isEmpty()) {
            words = lemmasOnce;
        } else if (lemmas.isEmpty()) {
            words = exactOnce;
        } else {
            Set<String> both = new HashSet<>(lemmas);
            both.addAll(exact);
            words = LookupSet.copyOf(both);
        }
        if (classes.isEmpty()) {
            // Most elements are plain words: thousands of them are made before the first story is checked.
            return new Choice(lemmasOnce, exactOnce, words, List.of(), NO_CLASSES, words, true, 0L);
        }
        int[] classIds = new int[classes.size()];
        for (int i = 0; i < classIds.length; i++) {
            classIds[i] = vocabulary.id(classes.get(i));
        }
        Set<String> startWords = new HashSet<>(words);
        boolean oneWordEach = true;
        long wordNetClasses = 0L;
        boolean onlyWordNetClasses = words.isEmpty();
        // A closed class ({CHILD}, {PARENT}) is its listed members; an open one is decided per word.
        for (int id : classIds) {
            Set<String> members = vocabulary.firstWordsOf(id);
            if (members == null) {
                startWords = null;
            } else if (startWords != null) {
                startWords.addAll(members);
            }
            // A class that may span several words ("grown-ups") leaves the place of the next word open.
            oneWordEach &= vocabulary.isSingleWordEach(id);
            long bit = vocabulary.wordNetClassBit(id);
            wordNetClasses |= bit;
            onlyWordNetClasses &= bit != 0;
        }
        return new Choice(lemmasOnce, exactOnce, words, List.copyOf(classes), classIds,
                startWords == null ? null : LookupSet.copyOf(startWords), oneWordEach,
                onlyWordNetClasses ? wordNetClasses : 0L);
    }

    private static final int[] NO_CLASSES = new int[0];

    /**
     * Auxiliaries stand for every tense and person: a rule's "{PARENT} was gone" is also "Mum is gone"
     * in a picture book told in the present, and "did not come" is also "does not come". Other rule
     * words keep the form they are written in, because their other forms can mean something else
     * ("saw" is not "see", "left" is not "leave").
     */
    private static final Map<String, Set<String>> TENSES = tenses(
            Set.of("be", "am", "is", "are", "was", "were"), Set.of("do", "does", "did"), Set.of("have", "has", "had"),
            Set.of("isn't", "aren't", "wasn't", "weren't"), Set.of("don't", "doesn't", "didn't"),
            Set.of("hasn't", "haven't", "hadn't"));

    @SafeVarargs
    private static Map<String, Set<String>> tenses(Set<String>... groups) {
        Map<String, Set<String>> byWord = new HashMap<>();
        for (Set<String> group : groups) {
            group.forEach(word -> byWord.put(word, group));
        }
        return Map.copyOf(byWord);
    }

    /**
     * @return the phrase as one canonical line, its line and aspect first, each element's alternatives sorted:
     *         two phrases with equal descriptions match the same words ("12/12 !stab|stabbed {CHILD}? ...")
     */
    String describe() {
        StringBuilder out = new StringBuilder().append(line).append('/').append(aspect).append(' ');
        if (countsWhenNegated) {
            out.append('!');
        }
        for (int i = 0; i < elements.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            if (elements[i] instanceof Choice c) {
                List<String> alternatives = new ArrayList<>(c.lemmas().stream().sorted().toList());
                c.exact().stream().sorted().forEach(word -> alternatives.add("=" + word));
                c.classes().forEach(name -> alternatives.add("{" + name + "}"));
                out.append(String.join("|", alternatives));
            } else {
                out.append(elements[i] instanceof Gap ? "..." : "*");
            }
            if (optional[i]) {
                out.append('?');
            }
        }
        return out.toString();
    }

    /** @return the line of the rule file it was written on (one per phrase, or shared by a line's groups) */
    int line() {
        return line;
    }

    /**
     * @return the aspect it tells in a section of aspects: its own line, or for a line written {@code + ...}
     *         the line that began the aspect
     */
    int aspect() {
        return aspect;
    }

    /** @return whether a negation before this phrase leaves it counting */
    boolean countsWhenNegated() {
        return countsWhenNegated;
    }

    /**
     * @return the words one of which a token must have (as a base form, or as written for {@code =word}, or as
     *         a listed member of a class) for this phrase to start there, or {@code null} when it may start at
     *         any word (an open class, an optional first word)
     */
    Set<String> firstWords() {
        return !optional[0] && elements[0] instanceof Choice c ? c.startWords() : null;
    }

    /**
     * @return the words its second element matches, when the phrase starts with two required words (the first
     *         plain or of classes whose members are single words, such as {CHILD} or {OTHER}; the second plain; no
     *         optional word, gap or wildcard), so it can be looked up by both, or by the second alone where the first
     *         is an open class; {@code null} otherwise
     */
    Set<String> secondWords() {
        if (elements.length < 2 || optional[0] || optional[1] || !(elements[0] instanceof Choice first)
                || !first.oneWordEach() || !(elements[1] instanceof Choice second) || !second.classes().isEmpty()) {
            return null;
        }
        return second.words();
    }

    /**
     * @return the bits of the WordNet classes its first word must belong to, when it starts with nothing but such
     *         classes ({explosive}, {alcohol}), so it can be looked up by a word's classes instead of being tried at
     *         every word; 0 otherwise
     */
    long leadingWordNetClasses() {
        return !optional[0] && elements[0] instanceof Choice c ? c.wordNetClasses() : 0L;
    }

    /** @return whether the phrase is a single word or class, which a compound noun may swallow */
    boolean singleWord() {
        return elements.length == 1;
    }

    /**
     * @param text       the analysed draft
     * @param start      the token to start at
     * @param end        one past the last token of the sentence
     * @param vocabulary word classes
     * @return one past the last matched token, or -1
     */
    int matchAt(AnalysedText text, int start, int end, Vocabulary vocabulary) {
        return match(text, 0, start, end, vocabulary);
    }

    /**
     * {@link #matchAt} for a word already known to be one of the base forms the phrase starts with
     * ({@link #startsWithBaseForms}): the phrase's first word is not looked up again.
     */
    int matchAfterFirstWord(AnalysedText text, int start, int end, Vocabulary vocabulary) {
        return start < end ? match(text, 1, start + 1, end, vocabulary) : -1;
    }

    /** @return whether the phrase starts with a required word given by base forms only (no class, no exact form) */
    boolean startsWithBaseForms() {
        return !optional[0] && elements[0] instanceof Choice c && c.classes().isEmpty() && c.exact().isEmpty();
    }

    private int match(AnalysedText text, int element, int at, int end, Vocabulary vocabulary) {
        if (element == elements.length) {
            return at;
        }
        Element e = elements[element];
        if (e instanceof Gap) {
            for (int skip = 0; skip <= GAP && at + skip <= end; skip++) {
                int result = match(text, element + 1, at + skip, end, vocabulary);
                if (result >= 0) {
                    return result;
                }
            }
            return -1;
        }
        int width = at < end ? width(e, text, at, end, vocabulary) : 0;
        if (width > 0) {
            int result = match(text, element + 1, at + width, end, vocabulary);
            if (result >= 0) {
                return result;
            }
        }
        return optional[element] ? match(text, element + 1, at, end, vocabulary) : -1;
    }

    /** @return how many words from {@code index} the element matches: one, more for a class member such as "grown-ups", or 0 */
    private static int width(Element e, AnalysedText text, int index, int end, Vocabulary vocabulary) {
        if (!(e instanceof Choice c)) {
            return e instanceof Any ? 1 : 0;
        }
        Token token = text.tokens().get(index);
        if (c.exact().contains(token.lower()) || token.isAnyOf(c.lemmas())) {
            return 1;
        }
        // The first class that holds the word decides: asking every class would work out each one's
        // members for the whole draft.
        for (int id : c.classIds()) {
            int width = vocabulary.memberLength(id, text, index, end);
            if (width > 0) {
                return width;
            }
        }
        return 0;
    }

    /**
     * For a single-word phrase that hit a word inside a compound noun: whether the compound as a
     * whole is what the phrase means ("machine gun" is a firearm; "water pistol" and "butter knife"
     * are not weapons; "dead end" is not about death).
     */
    boolean acceptsCompound(String lowerCompound, Vocabulary vocabulary) {
        if (!(elements[0] instanceof Choice c)) {
            return false;
        }
        if (c.lemmas().contains(lowerCompound) || c.exact().contains(lowerCompound)) {
            return true;
        }
        for (String name : c.classes()) {
            if (vocabulary.containsPhrase(name, lowerCompound)) {
                return true;
            }
        }
        return false;
    }
}
