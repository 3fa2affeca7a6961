package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Similes, which a literal reader may take at face value: "as quiet as a mouse" (a comparison
 * with something indefinite, not "as tall as the door") and "ran like the wind" (an action done
 * "like" something, not "looked like a dragon", which describes a shape, nor "would like a cake").
 */
final class Similes {
    private static final Set<String> NOT_COMPARED = LookupSet.of("soon", "long", "well", "much", "many", "far", "often",
            "though", "if", "usual", "ever", "always", "before", "follows", "such");
    private static final Set<String> RESEMBLANCE = LookupSet.of("look", "looked", "looks", "looking", "seem", "seemed",
            "seems", "sound", "sounded", "sounds", "smell", "smelled", "smelt", "smells", "taste", "tasted", "tastes",
            "shaped", "dressed", "just", "exactly", "more", "less", "much", "nothing", "something", "anything",
            "things", "not", "n't", "didn't", "don't", "doesn't", "would", "could", "should", "i", "you", "we", "they",
            "he", "she", "who", "to", "also", "really", "do", "does", "did", "will", "might", "may", "[hero]");
    private static final Set<String> DETERMINERS = LookupSet.of("the", "a", "an", "my", "your", "his", "her", "their", "our",
            "its", "these", "those", "some", "all", "both", "two", "three", "many");
    private static final Set<String> BE = LookupSet.of("is", "was", "were", "are", "am", "be", "been", "being");
    /** "works like the others", "ran like the rest": done the way others of its kind do it, a literal comparison. */
    private static final Set<String> SAME_KIND = LookupSet.of("others", "other", "rest", "same", "ones");

    private Similes() {
    }

    static List<Finding> find(AnalysedText text, WordNet wordNet) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (!sameSentence(tokens, i, i + 4 < tokens.size() ? i + 4 : i + 3)) {
                continue;
            }
            Token t = tokens.get(i);
            if (t.lower().equals("as") && tokens.get(i + 2).lower().equals("as")
                    && !NOT_COMPARED.contains(tokens.get(i + 1).lower())
                    && isIndefinite(tokens.get(i + 3)) && i + 4 < tokens.size()) {
                findings.add(new Finding("literal-language", true, text.quote(i, i + 5), t.page() + 1, "a simile"));
            }
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            Token like = tokens.get(i);
            Token before = tokens.get(i - 1);
            Token after = tokens.get(i + 1);
            if (!like.lower().equals("like") || before.sentence() != like.sentence() || after.sentence() != like.sentence()
                    || !(isIndefinite(after) || after.lower().equals("the"))) {
                continue;
            }
            // "looked like a dragon" describes a shape; "the ducks like the oats" has a noun before "like".
            if (RESEMBLANCE.contains(before.lower()) || (i >= 2 && DETERMINERS.contains(tokens.get(i - 2).lower()))) {
                continue;
            }
            if (after.lower().equals("the") && i + 2 < tokens.size() && SAME_KIND.contains(tokens.get(i + 2).lower())) {
                continue;
            }
            if (BE.contains(before.lower()) || isInflectedVerb(before, wordNet)) {
                int end = Math.min(i + 3, tokens.size());
                findings.add(new Finding("literal-language", true, text.quote(i - 1, end), like.page() + 1, "a simile"));
            }
        }
        return findings;
    }

    private static boolean sameSentence(List<Token> tokens, int from, int to) {
        return tokens.get(from).sentence() == tokens.get(Math.min(to, tokens.size() - 1)).sentence();
    }

    private static boolean isIndefinite(Token token) {
        return token.lower().equals("a") || token.lower().equals("an");
    }

    /**
     * "ran", "moved", "sleeping": a word mostly used as a verb, written in another form than its
     * base, so the "like" after it compares ("ran like the wind") rather than being the verb "like"
     * ("ducks like the oats").
     */
    private static boolean isInflectedVerb(Token token, WordNet wordNet) {
        for (String base : wordNet.verbBaseForms(token.lower())) {
            if (!base.equals(token.lower())) {
                return wordNet.usualPartOfSpeech(base) == PartOfSpeech.VERB;
            }
        }
        return false;
    }
}
