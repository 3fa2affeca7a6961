package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of a section by the word they start with. Checking a draft then costs one lookup per
 * word and base form instead of one match attempt per phrase; phrases that start with a class are
 * tried everywhere.
 */
final class RuleIndex {
    private final Map<String, List<PhraseRule>> byFirstWord = new HashMap<>();
    private final List<PhraseRule> anywhere = new ArrayList<>();

    RuleIndex(List<PhraseRule> rules) {
        for (PhraseRule rule : rules) {
            Set<String> first = rule.firstWords();
            if (first == null) {
                anywhere.add(rule);
            } else {
                first.forEach(word -> byFirstWord.computeIfAbsent(word, k -> new ArrayList<>()).add(rule));
            }
        }
    }

    /**
     * @param token a word of the draft
     * @return the phrases that may start at it, in file order within each group
     */
    List<PhraseRule> candidates(Token token) {
        Set<PhraseRule> found = new LinkedHashSet<>();
        List<PhraseRule> exact = byFirstWord.get(token.lower());
        if (exact != null) {
            found.addAll(exact);
        }
        for (String lemma : token.lemmas()) {
            List<PhraseRule> rules = byFirstWord.get(lemma);
            if (rules != null) {
                found.addAll(rules);
            }
        }
        if (found.isEmpty()) {
            return anywhere;
        }
        found.addAll(anywhere);
        return new ArrayList<>(found);
    }
}
