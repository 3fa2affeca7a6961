package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase of a rule file by the word it starts with. Checking a draft then costs a few lookups
 * per word for the whole file instead of one match attempt per phrase and section. A phrase that
 * starts with a closed class ({CHILD}: [HERO], he, she, they ...) is found under each member; one that
 * starts with an open class of single words and then a plain word ("{OTHER} sat") is found under that second
 * word; only one that starts with an open class and no plain word right after it ({explosive} alone,
 * "{PERSON} ... ugly"), or with an optional word, is tried at every word.
 */
final class RuleIndex {
    /**
     * A phrase and the section it belongs to.
     *
     * @param section the section's position in the file
     * @param rule    the phrase
     * @param byWord  whether the phrase was found under the word it starts with, so that word matches
     *                already ({@link #matchAt})
     */
    record Entry(int section, PhraseRule rule, boolean byWord) {
        /** @return one past the last matched token, or -1; the first word is not checked again when the index matched it */
        int matchAt(AnalysedText text, int start, int end, Vocabulary vocabulary) {
            return byWord ? rule.matchAfterFirstWord(text, start, end, vocabulary) : rule.matchAt(text, start, end, vocabulary);
        }
    }

    /**
     * The phrases that start with a word: those indexed by it alone, and those indexed by it and the next
     * word. One map for both, so a word of a draft (which mostly starts no phrase) costs one lookup, not two.
     */
    private static final class Starts {
        final List<Entry> alone = new ArrayList<>();
        Map<String, List<Entry>> byNext;
    }

    private final Map<String, Starts> byFirstWord = new HashMap<>();
    /** Phrases led by one word of an open class ("{OTHER} sat"), by the word after it. */
    private final Map<String, List<Entry>> afterAnyWord = new HashMap<>();
    /** Phrases led by a WordNet class ({explosive}), by the class's bit in a word's mask. */
    @SuppressWarnings("unchecked")
    private final List<Entry>[] byWordNetClass = new List[Long.SIZE];
    private long indexedClasses;
    private final List<Entry> anywhere = new ArrayList<>();

    RuleIndex(List<RuleSection> sections) {
        for (int s = 0; s < sections.size(); s++) {
            for (PhraseRule rule : sections.get(s).rules()) {
                Set<String> first = rule.firstWords();
                Set<String> second = rule.secondWords();
                Set<String> afterOne = first == null ? second : null;
                long classes = first == null && afterOne == null ? rule.leadingWordNetClasses() : 0L;
                if (classes != 0L) {
                    Entry entry = new Entry(s, rule, false);
                    indexedClasses |= classes;
                    for (long bits = classes; bits != 0L; bits &= bits - 1) {
                        int bit = Long.numberOfTrailingZeros(bits);
                        if (byWordNetClass[bit] == null) {
                            byWordNetClass[bit] = new ArrayList<>();
                        }
                        byWordNetClass[bit].add(entry);
                    }
                } else if (afterOne != null) {
                    Entry entry = new Entry(s, rule, false);
                    afterOne.forEach(then -> afterAnyWord.computeIfAbsent(then, k -> new ArrayList<>()).add(entry));
                } else if (first == null) {
                    anywhere.add(new Entry(s, rule, false));
                } else if (second != null) {
                    // "red berries", "the lighter", "{CHILD} climbed": tried only where both words stand, not at every
                    // "red", "the" or "she".
                    Entry entry = new Entry(s, rule, rule.startsWithBaseForms());
                    for (String word : first) {
                        Starts starts = byFirstWord.computeIfAbsent(word, k -> new Starts());
                        if (starts.byNext == null) {
                            starts.byNext = new HashMap<>();
                        }
                        Map<String, List<Entry>> next = starts.byNext;
                        second.forEach(then -> next.computeIfAbsent(then, k -> new ArrayList<>()).add(entry));
                    }
                } else {
                    Entry entry = new Entry(s, rule, rule.startsWithBaseForms());
                    first.forEach(word -> byFirstWord.computeIfAbsent(word, k -> new Starts()).alone.add(entry));
                }
            }
        }
    }

    /** @return how many phrases are tried at every word of a draft, whatever it starts with */
    int triedAtEveryWord() {
        return anywhere.size();
    }

    /**
     * @param token a word of the draft
     * @param next  the word after it in its sentence, or {@code null}
     * @param into  a list to reuse (cleared first), so scanning allocates nothing per word
     * @return the phrases that may start at it: those starting with one of its forms (and, for a
     *         phrase indexed by its first two words, followed by one of the next word's), then those
     *         starting with a class (a phrase may appear twice; the first match per section wins anyway)
     */
    List<Entry> candidates(Token token, Token next, List<Entry> into) {
        return candidates(token, next, -1L, into);
    }

    /**
     * @param token       a word of the draft
     * @param next        the word after it in its sentence, or {@code null}
     * @param wordNetMask the word's WordNet classes ({@link Vocabulary#wordNetMask}); -1 for all of them
     * @param into        a list to reuse (cleared first)
     * @return the phrases that may start at it, as {@link #candidates(Token, Token, List)}, those led by a WordNet
     *         class only where the word belongs to one of their classes
     */
    List<Entry> candidates(Token token, Token next, long wordNetMask, List<Entry> into) {
        into.clear();
        addFor(token.lower(), next, into);
        for (String lemma : token.lemmas()) {
            if (!lemma.equals(token.lower())) {
                addFor(lemma, next, into);
            }
        }
        if (next != null && !afterAnyWord.isEmpty()) {
            addAll(afterAnyWord.get(next.lower()), into);
            for (String lemma : next.lemmas()) {
                if (!lemma.equals(next.lower())) {
                    addAll(afterAnyWord.get(lemma), into);
                }
            }
        }
        for (long bits = wordNetMask & indexedClasses; bits != 0L; bits &= bits - 1) {
            addAll(byWordNetClass[Long.numberOfTrailingZeros(bits)], into);
        }
        if (into.isEmpty()) {
            return anywhere;
        }
        into.addAll(anywhere);
        return into;
    }

    private static void addAll(List<Entry> entries, List<Entry> into) {
        if (entries != null) {
            into.addAll(entries);
        }
    }

    private void addFor(String form, Token next, List<Entry> into) {
        Starts starts = byFirstWord.get(form);
        if (starts == null) {
            return;
        }
        into.addAll(starts.alone);
        Map<String, List<Entry>> byNext = next == null ? null : starts.byNext;
        if (byNext != null) {
            List<Entry> exact = byNext.get(next.lower());
            if (exact != null) {
                into.addAll(exact);
            }
            for (String lemma : next.lemmas()) {
                List<Entry> then = lemma.equals(next.lower()) ? null : byNext.get(lemma);
                if (then != null) {
                    into.addAll(then);
                }
            }
        }
    }
}
