package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every phrase of a rule file by the word it starts with. Checking a draft then costs a few lookups
 * per word for the whole file instead of one match attempt per phrase and section. A phrase that
 * starts with a closed class ({CHILD}: [HERO], he, she, they ...) is found under each member; only
 * one that starts with an open class (a name, a WordNet class) or an optional word is tried at every word.
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

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final List<Entry> anywhere = new ArrayList<>();

    RuleIndex(List<RuleSection> sections, Vocabulary vocabulary) {
        for (int s = 0; s < sections.size(); s++) {
            for (PhraseRule rule : sections.get(s).rules()) {
                Set<String> first = rule.firstWords(vocabulary);
                if (first == null) {
                    anywhere.add(new Entry(s, rule, false));
                } else {
                    Entry entry = new Entry(s, rule, rule.startsWithBaseForms());
                    first.forEach(word -> byFirstWord.computeIfAbsent(word, k -> new ArrayList<>()).add(entry));
                }
            }
        }
    }

    /**
     * @param token a word of the draft
     * @param into  a list to reuse (cleared first), so scanning allocates nothing per word
     * @return the phrases that may start at it: those starting with one of its forms, then those
     *         starting with a class (a phrase may appear twice; the first match per section wins anyway)
     */
    List<Entry> candidates(Token token, List<Entry> into) {
        List<Entry> exact = byFirstWord.get(token.lower());
        boolean any = exact != null;
        for (String lemma : token.lemmas()) {
            any |= byFirstWord.containsKey(lemma);
        }
        if (!any) {
            return anywhere;
        }
        into.clear();
        if (exact != null) {
            into.addAll(exact);
        }
        for (String lemma : token.lemmas()) {
            List<Entry> entries = byFirstWord.get(lemma);
            if (entries != null && entries != exact) {
                into.addAll(entries);
            }
        }
        into.addAll(anywhere);
        return into;
    }
}
