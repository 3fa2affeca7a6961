package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "X is a Y" metaphors a literal reader takes at face value: a thing of nature or of the body said to
 * be a made thing or a food ("the lake was a mirror", "the sky was a blanket of stars", "his legs
 * were jelly", "her head was a treasure chest"), or a made thing or a food said to be a thing of nature
 * ("the library was an ocean", "the yolks were little suns"). WordNet's lexicographer files tell the
 * two sides apart, so a literal "the prize was a medal" (a prize is no thing of nature) or "her
 * brother was a doctor" (two people) does not match;
 * nor, for now, does "the stars were diamonds" (WordNet files a diamond as a possession or a
 * substance, and a possession would also make "the stone was a gift" a metaphor).
 */
final class Metaphors {
    private static final Set<String> BE = LookupSet.of("is", "was", "were", "are");
    private static final Set<String> NATURE = LookupSet.of("noun.object", "noun.body", "noun.location",
            "noun.phenomenon",
            "noun.plant");
    private static final Set<String> MADE = LookupSet.of("noun.artifact", "noun.food");
    private static final Set<String> BUILT = LookupSet.of("noun.artifact", "noun.food");
    private static final Set<String> PLURAL_BE = LookupSet.of("were", "are");
    private static final Set<String> NATURAL_PREDICATE = LookupSet.of("noun.object", "noun.phenomenon");
    /** Things of nature that made things are, or are made of: "the paperweight was a rock" is literal. */
    private static final Set<String> MATERIALS = LookupSet.of("rock", "stone", "pebble", "shell", "log", "stick",
            "twig",
            "leaf", "feather", "bone", "crystal", "sheet", "block", "lump");
    /**
     * Made things that show or stand for something: "the sticker is a red engine" and "the puppet was a wave" say
     * what the picture or the toy is, which a literal reader reads as meant (a food is not one of them: "the
     * yolks were little suns" stays a metaphor).
     */
    private static final Set<String> DEPICTIONS = LookupSet.of("sticker", "badge", "picture", "drawing", "painting",
            "photo", "poster", "stamp", "card", "print", "logo", "tattoo", "model", "toy", "costume", "mask", "puppet");
    private static final Set<String> LEADING = LookupSet.of("the", "his", "her", "its", "their", "my", "your", "our",
            "every");
    private static final int MAX_ADJECTIVES = 2;
    /**
     * Words that say what a place used to be: "the path is an old railway line" and "the lake is a former quarry"
     * tell its history, which a literal reader reads as meant.
     */
    private static final Set<String> FORMER = LookupSet.of("old", "former", "disused", "abandoned");
    /** Words that open a sentence saying where something is: "At the top is a bell", "In the centre is a tower". */
    private static final Set<String> PLACE_FIRST = LookupSet.of("in", "at", "on", "by", "under", "inside", "behind",
            "beside", "near", "above", "below", "beyond", "outside", "across", "over", "along", "around", "past");
    private static final Set<String> OBJECT_PRONOUNS = LookupSet.of("them", "him", "us", "me", "it", "you");
    /** How far back, from the noun, a sentence may open with a place: "At the very top is a bell". */
    private static final int PLACE_REACH = 3;

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
                    || PLURAL_BE.contains(verb.lower()) && !plural(subject.lower(), wordNet)
                    || subject.isAnyOf(DEPICTIONS) || placeFirst(tokens, be - 1)) {
                // "Inside the box were fifty foam bones": a singular noun before "were" is not its subject.
                continue;
            }
            Set<String> subjectKinds = wordNet.commonNounKinds(subject.lower());
            boolean natural = subjectKinds.stream().anyMatch(NATURE::contains);
            // The other way round too: a made thing or a food said to be a thing of nature ("the library was an
            // ocean", "the yolks were little suns").
            boolean made = !natural && isKind(subject.lower(), BUILT, wordNet);
            if (!natural && !made) {
                continue;
            }
            int at = be + 1;
            if (tokens.get(at).lower().equals("a") || tokens.get(at).lower().equals("an")) {
                at++;
            }
            boolean former = false;
            for (int adjectives = 0; at < tokens.size() && adjectives < MAX_ADJECTIVES
                    && wordNet.usualPartOfSpeech(tokens.get(at).lower()) == PartOfSpeech.ADJECTIVE; adjectives++) {
                former |= tokens.get(at).isAnyOf(FORMER);
                at++;
            }
            if (natural && former && subjectKinds.contains("noun.location")) {
                continue;
            }
            if (at >= tokens.size() || tokens.get(at).sentence() != verb.sentence()
                    || wordNet.usualPartOfSpeech(tokens.get(at).lower()) != PartOfSpeech.NOUN) {
                continue;
            }
            // A compound is judged whole: a head is no treasure, but it can be said to be a treasure chest.
            int[] compound = text.compoundAt(at);
            int last = compound != null && compound[0] == at ? compound[1] - 1 : at;
            String predicate = last == at ? tokens.get(at).lower()
                    : text.phrase(at, last + 1).toLowerCase(java.util.Locale.ROOT);
            // "The barrier is a low wall": a subject whose usual meaning is the same kind of thing as the predicate's
            // says what it is (a barrier of other senses, a reef's, made it read as nature). Asked last, only of a
            // sentence that would otherwise be reported.
            if ((natural ? isKind(predicate, MADE, wordNet)
                    : isKind(predicate, NATURAL_PREDICATE, wordNet) && !tokens.get(at).isAnyOf(MATERIALS))
                    && !sameUsualKind(subject.lower(), predicate, wordNet)) {
                findings.add(new Finding("literal-language", true, text.quote(be - 1, last + 1), verb.page() + 1,
                        "a metaphor"));
            }
        }
        return findings;
    }

    private static boolean sameUsualKind(String lowerSubject, String lowerPredicate, WordNet wordNet) {
        String subjectKind = usualKind(lowerSubject, wordNet);
        return subjectKind != null && subjectKind.equals(usualKind(lowerPredicate, wordNet));
    }

    /** @return the kind of the word's usual meaning (of it, or else of its singular), or null */
    private static String usualKind(String lowerWord, WordNet wordNet) {
        String kind = wordNet.nounKind(lowerWord);
        if (kind != null) {
            return kind;
        }
        for (String base : wordNet.nounBaseForms(lowerWord)) {
            kind = wordNet.nounKind(base);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** @return whether the noun is a plural ("legs", "stars", "mice"): it has a base form other than itself */
    private static boolean plural(String lowerNoun, WordNet wordNet) {
        return lowerNoun.endsWith("s")
                || wordNet.nounBaseForms(lowerNoun).stream().anyMatch(base -> !base.equals(lowerNoun));
    }

    /** @return whether the word's usual meaning (of it or its singular) is one of the kinds */
    private static boolean isKind(String lowerWord, Set<String> kinds, WordNet wordNet) {
        for (String base : wordNet.nounBaseForms(lowerWord)) {
            if (kinds.contains(wordNet.nounKind(base))) {
                return true;
            }
        }
        String kind = wordNet.nounKind(lowerWord);
        return kind != null && kinds.contains(kind);
    }

    /**
     * "At the top is a bell", "In the centre is a wooden tower" (round 321): the noun ends a place the sentence
     * opens with, and what stands there comes after the verb, so nothing is said to be anything else.
     */
    private static boolean placeFirst(List<Token> tokens, int noun) {
        int sentence = tokens.get(noun).sentence();
        for (int i = noun - 1; i >= Math.max(0, noun - PLACE_REACH) && tokens.get(i).sentence() == sentence; i--) {
            Token token = tokens.get(i);
            if (token.sentenceStart()) {
                return token.isAnyOf(PLACE_FIRST);
            }
            if (token.isAnyOf(OBJECT_PRONOUNS) || !Character.isLetter(token.lower().charAt(0))) {
                // "Below them, the clouds were a soft white carpet": the place has ended, the subject follows.
                return false;
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
