package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A topic to avoid and every word that brings it into a story: its own forms, and, through
 * WordNet, its synonyms and every kind of it (avoid "dogs": puppy, hound, collie, sheepdog, guide
 * dog ...), for each sense people commonly mean. A topic WordNet does not know as a whole
 * ("scary clowns", "dogs and cats") is expanded word by word.
 *
 * @param topic the topic as the parent wrote it
 * @param words the words and compounds that mention it, lower case
 * @param thing whether the topic is a thing (an animal, an object, a place) rather than something
 *              people do or go through: a thing is mentioned by its nouns, not by a verb that shares
 *              their spelling ("batting" is not about bats, "flying" not about flies)
 * @param phraseStarts the first words of the expansion's phrases of several words ("split" of "split
 *              up"): only a word of the draft that is one of them can start such a mention
 */
record TopicExpansion(String topic, Set<String> words, boolean thing, Set<String> phraseStarts) {
    private static final Set<String> LEADING = Set.of("the", "a", "an", "any", "some", "my", "our", "being", "getting",
            "going", "to", "of", "about", "scary", "big");
    private static final Set<String> JOINING = Set.of("and", "or", "with", "without", "like", "from", "into", "onto",
            "other", "anything", "things", "stuff", "lots", "very", "too", "not");
    /** Words too common to stand for a topic: "say" in "say vegetables are poison" must not make "said" a mention. */
    private static final Set<String> LIGHT = Set.of("be", "is", "are", "was", "were", "have", "has", "had", "do", "does",
            "did", "say", "says", "said", "get", "got", "make", "made", "go", "went", "take", "took", "give", "gave",
            "come", "came", "see", "saw", "know", "put", "let", "tell", "told", "new", "task", "thing", "way", "lot");
    private static final Set<String> ABSTRACT = Set.of("noun.act", "noun.event", "noun.state", "noun.communication",
            "noun.feeling", "noun.process");
    private static final int MEMO_LIMIT = 10_000;
    private static final Map<String, TopicExpansion> MEMO = new ConcurrentHashMap<>();

    private static boolean counts(String word) {
        return !LEADING.contains(word) && !JOINING.contains(word) && !LIGHT.contains(word)
                && !LanguageCheck.isFunctionWord(word);
    }

    static TopicExpansion of(String topic, WordNet wordNet) {
        String key = topic.toLowerCase(Locale.ROOT).strip();
        TopicExpansion known = MEMO.get(key);
        if (known != null) {
            return known;
        }
        List<String> words = new ArrayList<>(List.of(key.replace('-', ' ').split("[^\\p{L}\\p{N}' ]+|\\s+")));
        words.removeIf(String::isBlank);
        while (words.size() > 1 && LEADING.contains(words.get(0))) {
            words.remove(0);
        }
        Set<String> related = new LinkedHashSet<>();
        String phrase = String.join(" ", words);
        related.add(phrase);
        related.addAll(inOrder(wordNet.baseForms(phrase)));
        List<Long> senses = new ArrayList<>(wordNet.commonNounSenses(phrase));
        if (senses.isEmpty() && words.size() > 1) {
            // "scary clowns", "dogs and cats": each word that names a thing is a topic of its own.
            for (String word : words) {
                if (word.length() >= 3 && counts(word)) {
                    related.addAll(inOrder(wordNet.baseForms(word)));
                    senses.addAll(wordNet.commonNounSenses(word));
                }
            }
        }
        if (!senses.isEmpty()) {
            related.addAll(wordNet.wordsOf(wordNet.below(senses)));
        }
        if (words.size() == 1) {
            related.addAll(halves(phrase, wordNet));
        }
        // A topic that is something people do or go through ("divorce", "moving house") is also
        // mentioned by its verb: "since Mum and Dad split up".
        String kind = wordNet.nounKind(phrase);
        if (kind == null || ABSTRACT.contains(kind)) {
            for (String word : words) {
                if (counts(word)) {
                    for (String base : inOrder(wordNet.baseForms(word))) {
                        related.addAll(wordNet.verbSynonyms(base));
                    }
                }
            }
        }
        related.removeIf(w -> w.length() < 2 || LIGHT.contains(w) || LanguageCheck.isFunctionWord(w));
        Set<String> phraseStarts = new HashSet<>();
        for (String word : related) {
            int space = word.indexOf(' ');
            if (space > 0) {
                phraseStarts.add(word.substring(0, space));
            }
        }
        TopicExpansion expansion = new TopicExpansion(topic, Collections.unmodifiableSet(related),
                kind != null && !ABSTRACT.contains(kind), Set.copyOf(phraseStarts));
        if (MEMO.size() < MEMO_LIMIT) {
            MEMO.put(key, expansion);
        }
        return expansion;
    }

    /**
     * Base forms in a fixed order: the set's own order changes from one JVM to the next, and the
     * report lists the words a topic covers in the order they were found.
     */
    private static List<String> inOrder(Set<String> forms) {
        return forms.stream().sorted().toList();
    }

    /**
     * A closed compound whose halves are the same broad kind of thing names them both: a
     * "thunderstorm" is thunder and a storm (things that happen). A "firework" (an object) is
     * neither fire nor work, and keeps its halves out.
     */
    private static List<String> halves(String word, WordNet wordNet) {
        String kind = broadKind(wordNet.nounKind(word));
        List<String> out = new ArrayList<>();
        if (kind == null) {
            return out;
        }
        String base = inOrder(wordNet.baseForms(word)).stream().filter(f -> !f.equals(word)).findFirst().orElse(word);
        for (int cut = 4; cut <= base.length() - 4; cut++) {
            String first = base.substring(0, cut);
            String second = base.substring(cut);
            if (kind.equals(broadKind(wordNet.nounKind(first))) && kind.equals(broadKind(wordNet.nounKind(second)))) {
                out.add(first);
                out.add(second);
            }
        }
        return out;
    }

    /** WordNet files thunder under events and a thunderstorm under phenomena; both are things that happen. */
    private static String broadKind(String lexFile) {
        if (lexFile == null) {
            return null;
        }
        return switch (lexFile) {
            case "noun.phenomenon", "noun.event", "noun.process", "noun.state", "noun.time" -> "happening";
            case "noun.object", "noun.location" -> "place";
            default -> lexFile;
        };
    }

    /**
     * @param text the analysed draft
     * @return where the draft mentions the topic; a word is not a mention when it is the last word
     *         of a compound noun that is something else ("hot dog" for dogs), but is one when it
     *         describes another noun ("dog food")
     */
    List<Finding> findIn(AnalysedText text, WordNet wordNet) {
        List<Finding> findings = new ArrayList<>();
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.hero()) {
                continue;
            }
            int[] compound = text.compoundAt(i);
            if (compound != null && compound[0] == i && mentions(text.phraseForms(compound[0], compound[1]))) {
                findings.add(finding(text, compound[0], compound[1]));
                i = compound[1] - 1;
                continue;
            }
            int phraseEnd = multiWordMention(text, i);
            if (phraseEnd > 0) {
                findings.add(finding(text, i, phraseEnd));
                i = phraseEnd - 1;
                continue;
            }
            if (!mentions(token, wordNet)) {
                continue;
            }
            if (compound != null && compound[1] - 1 == i && !mentions(text.phraseForms(compound[0], compound[1]))) {
                continue;
            }
            findings.add(finding(text, i, i + 1));
        }
        return findings;
    }

    /** @return one past the end of a two- or three-word expansion ("split up") starting at {@code i}, or -1 */
    private int multiWordMention(AnalysedText text, int i) {
        List<Token> tokens = text.tokens();
        if (!tokens.get(i).isAnyOf(phraseStarts)) {
            return -1;
        }
        for (int length = 3; length >= 2; length--) {
            int end = i + length;
            if (end <= tokens.size() && tokens.get(end - 1).sentence() == tokens.get(i).sentence()) {
                for (String first : tokens.get(i).lemmas()) {
                    String rest = text.phrase(i + 1, end);
                    if (words.contains(first + " " + rest)) {
                        return end;
                    }
                }
            }
        }
        return -1;
    }

    private Finding finding(AnalysedText text, int from, int to) {
        return new Finding("topics-to-avoid", true, text.quote(from, to), text.tokens().get(from).page() + 1,
                "mentions \"" + topic + "\"");
    }

    private boolean mentions(Token token, WordNet wordNet) {
        for (String lemma : token.lemmas()) {
            if (words.contains(lemma) && (!thing || lemma.equals(token.lower())
                    || wordNet.nounBaseForms(token.lower()).contains(lemma))) {
                return true;
            }
        }
        return false;
    }

    private boolean mentions(Set<String> lowerPhrases) {
        for (String phrase : lowerPhrases) {
            if (words.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    /** @return the expansion for a report: a few examples and how many words in all */
    String summary() {
        List<String> examples = new ArrayList<>();
        for (String word : words) {
            if (examples.size() == 8) {
                break;
            }
            examples.add(word);
        }
        return "\"" + topic + "\" covers " + String.join(", ", examples) + (words.size() > examples.size()
                ? " and " + (words.size() - examples.size()) + " more related words" : "");
    }
}
