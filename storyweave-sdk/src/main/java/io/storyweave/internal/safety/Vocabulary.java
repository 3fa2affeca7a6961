package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The named classes a rule can use in braces: small closed word sets kept as data in
 * {@code token-classes.txt} ({@code {POSS}}: my, your, her, [HERO]'s ...), classes that refer to
 * others with {@code @} ({@code {PERSON}} includes {@code @NAME} and WordNet's {@code @person}),
 * and the WordNet classes of {@link WordClasses}.
 */
final class Vocabulary {
    private final WordNet wordNet;
    private final WordClasses wordClasses;
    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, List<String>> references = new HashMap<>();

    private Vocabulary(WordNet wordNet, WordClasses wordClasses) {
        this.wordNet = wordNet;
        this.wordClasses = wordClasses;
    }

    static Vocabulary load(WordNet wordNet) {
        Vocabulary vocabulary = new Vocabulary(wordNet, WordClasses.load(wordNet));
        for (RuleText.Line line : RuleText.lines("token-classes.txt")) {
            String[] parts = line.text().split(":", 2);
            if (parts.length != 2) {
                throw line.error("expected 'NAME: word, word, @OTHER'");
            }
            String name = parts[0].strip();
            Set<String> members = new HashSet<>();
            List<String> refs = new ArrayList<>();
            for (String item : parts[1].split(",")) {
                String value = item.strip().toLowerCase(Locale.ROOT);
                if (value.startsWith("@")) {
                    refs.add(item.strip().substring(1));
                } else if (!value.isEmpty()) {
                    members.add(value);
                }
            }
            vocabulary.words.put(name, members);
            vocabulary.references.put(name, refs);
        }
        return vocabulary;
    }

    WordNet wordNet() {
        return wordNet;
    }

    boolean defines(String name) {
        return words.containsKey(name) || wordClasses.defines(name) || builtIn(name);
    }

    private static boolean builtIn(String name) {
        return name.equals("HERO") || name.equals("NAME") || name.equals("POSSESSIVE");
    }

    /**
     * @param name  a class name
     * @param text  the analysed draft
     * @param index a token of it
     * @return whether the token belongs to the class
     */
    boolean contains(String name, AnalysedText text, int index) {
        Token token = text.tokens().get(index);
        switch (name) {
            case "HERO":
                return token.hero();
            case "NAME":
                return token.hero() || (token.capitalised() && !token.sentenceStart() && !token.lower().equals("i")
                        && !contains("NOT_NAME", text, index));
            case "POSSESSIVE":
                return token.possessive();
            default:
                break;
        }
        Set<String> members = words.get(name);
        if (members != null) {
            if (members.contains(token.lower())) {
                return true;
            }
            for (String ref : references.get(name)) {
                if (contains(ref, text, index)) {
                    return true;
                }
            }
            return false;
        }
        if (wordClasses.defines(name)) {
            // A name ("Sam", "Colt") is not the thing WordNet files under it, and a word mostly used
            // otherwise ("round" is an adjective far more than ammunition) is not that thing either.
            return !token.hero() && !(token.capitalised() && !token.sentenceStart())
                    && wordNet.usualPartOfSpeech(token.lower()) == net.sf.extjwnl.data.POS.NOUN
                    && wordClasses.contains(name, token.lower());
        }
        throw new IllegalStateException("unknown word class {" + name + "}");
    }

    /**
     * @param name       a WordNet class name (or a token class)
     * @param lowerWords a compound such as "water pistol"
     * @return whether the compound as a whole belongs to the class
     */
    boolean containsPhrase(String name, String lowerWords) {
        if (wordClasses.defines(name)) {
            return wordClasses.contains(name, lowerWords);
        }
        Set<String> members = words.get(name);
        return members != null && members.contains(lowerWords);
    }
}
