package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "X is a Y" metaphors a literal reader takes at face value: a thing of nature or of the body said to
 * be a made thing or a food ("the lake was a mirror", "the sky was a blanket of stars", "his legs
 * were jelly"). WordNet's lexicographer files tell the two sides apart, so a literal "the prize was a
 * medal" (a prize is no thing of nature) or "her brother was a doctor" (two people) does not match;
 * nor, for now, does "the stars were diamonds" (WordNet files a diamond as a possession or a
 * substance, and a possession would also make "the stone was a gift" a metaphor).
 */
final class Metaphors {
    private static final Set<String> BE = LookupSet.of("is", "was", "were", "are");
    private static final Set<String> NATURE = LookupSet.of("noun.object", "noun.body", "noun.location", "noun.phenomenon",
            "noun.plant");
    private static final Set<String> MADE = LookupSet.of("noun.artifact", "noun.food");
    private static final Set<String> LEADING = LookupSet.of("the", "his", "her", "its", "their", "my", "your", "our");
    private static final int MAX_ADJECTIVES = 2;

    private Metaphors() {
    }

    static List<Finding> find(AnalysedText text, WordNet wordNet) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int be = 1; be + 1 < tokens.size(); be++) {
            Token verb = tokens.get(be);
            Token subject = tokens.get(be - 1);
            if (!BE.contains(verb.lower()) || subject.sentence() != verb.sentence() || !ledByDeterminer(tokens, be - 1)
                    || subject.hero() || subject.capitalised() && !subject.sentenceStart()
                    || wordNet.commonNounKinds(subject.lower()).stream().noneMatch(NATURE::contains)) {
                continue;
            }
            int at = be + 1;
            if (tokens.get(at).lower().equals("a") || tokens.get(at).lower().equals("an")) {
                at++;
            }
            for (int adjectives = 0; at < tokens.size() && adjectives < MAX_ADJECTIVES
                    && wordNet.usualPartOfSpeech(tokens.get(at).lower()) == PartOfSpeech.ADJECTIVE; adjectives++) {
                at++;
            }
            if (at < tokens.size() && tokens.get(at).sentence() == verb.sentence()
                    && isMade(tokens.get(at).lower(), wordNet)
                    && wordNet.usualPartOfSpeech(tokens.get(at).lower()) == PartOfSpeech.NOUN) {
                findings.add(new Finding("literal-language", true, text.quote(be - 1, at + 1), verb.page() + 1,
                        "a metaphor"));
            }
        }
        return findings;
    }

    /** @return whether the word's usual meaning (of it or its singular) is a made thing or a food */
    private static boolean isMade(String lowerWord, WordNet wordNet) {
        for (String base : wordNet.nounBaseForms(lowerWord)) {
            if (MADE.contains(wordNet.nounKind(base))) {
                return true;
            }
        }
        return false;
    }

    /** "the lake", "her legs", or a plural on its own ("stars were"): a subject, not the end of a clause. */
    private static boolean ledByDeterminer(List<Token> tokens, int noun) {
        if (noun == 0) {
            return false;
        }
        Token before = tokens.get(noun - 1);
        return before.sentence() == tokens.get(noun).sentence()
                && (LEADING.contains(before.lower()) || before.possessive() || tokens.get(noun).lower().endsWith("s"));
    }
}
