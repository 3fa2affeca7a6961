package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.Arrays;
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

    private sealed interface Element permits Choice, Any, Gap {
    }

    /** Any of: a word in any inflection, a word written exactly so ({@code =word}), a class ({@code {CLASS}}). */
    private record Choice(Set<String> lemmas, Set<String> exact, List<String> classes, int[] classIds)
            implements Element {
    }

    private record Any() implements Element {
    }

    private record Gap() implements Element {
    }

    private final String source;
    private final int line;
    private final Element[] elements;
    private final boolean[] optional;
    private final boolean countsWhenNegated;

    private PhraseRule(String source, int line, Element[] elements, boolean[] optional, boolean countsWhenNegated) {
        this.source = source;
        this.line = line;
        this.elements = elements;
        this.optional = optional;
        this.countsWhenNegated = countsWhenNegated;
    }

    static PhraseRule parse(RuleText.Line line, Vocabulary vocabulary) {
        // A leading ! marks a phrase that a negation does not make harmless ("we don't want the weird one").
        boolean countsWhenNegated = line.text().startsWith("!");
        String[] parts = RuleText.SPACES.split(countsWhenNegated ? line.text().substring(1) : line.text());
        List<Element> elements = new ArrayList<>();
        boolean[] optional = new boolean[parts.length];
        for (String part : parts) {
            if (part.contains("_")) {
                throw line.error("an alternative of several words needs a line of its own");
            }
            if (part.length() > 1 && part.endsWith("?")) {
                optional[elements.size()] = true;
                part = part.substring(0, part.length() - 1);
            }
            if (part.equals("...")) {
                elements.add(new Gap());
            } else if (part.equals("*")) {
                elements.add(new Any());
            } else {
                elements.add(choice(part, line, vocabulary));
            }
        }
        if (elements.isEmpty() || elements.get(0) instanceof Gap) {
            throw line.error("a phrase must start with a word");
        }
        return new PhraseRule(line.text(), line.number(), elements.toArray(Element[]::new), Arrays.copyOf(optional, elements.size()),
                countsWhenNegated);
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
        return new Choice(LookupSet.copyOf(lemmas), LookupSet.copyOf(exact), List.copyOf(classes),
                classes.stream().mapToInt(vocabulary::id).toArray());
    }

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

    String source() {
        return source;
    }

    /** @return the line of the rule file it was written on (one per phrase, or shared by a line's groups) */
    int line() {
        return line;
    }

    /** @return whether a negation before this phrase leaves it counting */
    boolean countsWhenNegated() {
        return countsWhenNegated;
    }

    /**
     * @return the words one of which a token must have (as a base form, or as written for {@code =word})
     *         for this phrase to start there, or {@code null} when it may start at any word (a class)
     */
    Set<String> firstWords(Vocabulary vocabulary) {
        if (optional[0] || !(elements[0] instanceof Choice c)) {
            return null;
        }
        Set<String> words = new HashSet<>(c.lemmas());
        words.addAll(c.exact());
        // A closed class ({CHILD}, {PARENT}) is its listed members; an open one is decided per word.
        for (int id : c.classIds()) {
            Set<String> members = vocabulary.firstWordsOf(id);
            if (members == null) {
                return null;
            }
            words.addAll(members);
        }
        return words;
    }

    /**
     * @return the words its second element matches, when the phrase starts with two required plain
     *         words (no class, which may span several words; no optional word, gap or wildcard), so it
     *         can be looked up by both; {@code null} otherwise
     */
    Set<String> secondWords() {
        if (elements.length < 2 || optional[0] || optional[1] || !(elements[0] instanceof Choice first)
                || !first.classes().isEmpty() || !(elements[1] instanceof Choice second) || !second.classes().isEmpty()) {
            return null;
        }
        Set<String> words = new HashSet<>(second.lemmas());
        words.addAll(second.exact());
        return words;
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
