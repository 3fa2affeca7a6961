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
 * the WordNet classes of {@link WordClasses}, and four built in: {@code HERO}, {@code NAME},
 * {@code OTHER} (a name that is not the hero's: someone else in the story) and {@code POSSESSIVE}. Every class gets a number when the rules load, so a draft keeps its answers
 * in an array.
 */
final class Vocabulary {
    private sealed interface Definition permits Hero, Name, Possessive, Words, WordNetClass {
    }

    private record Hero() implements Definition {
    }

    /** @param heroToo whether the hero placeholder is one of the names */
    private record Name(boolean heroToo) implements Definition {
    }

    private record Possessive() implements Definition {
    }

    /**
     * @param phrases members of several words, as the draft's words: a draft is cut into words at
     *                hyphens, so "grown-up" is "grown" then "up"
     */
    private record Words(Set<String> members, List<List<String>> phrases, List<String> references, int[] referenceIds)
            implements Definition {
    }

    private record WordNetClass(String name, int bit) implements Definition {
    }

    private final WordNet wordNet;
    private final WordClasses wordClasses;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Definition> definitions = new ArrayList<>();
    private final Set<String> notNames;
    /** Per class: whether it has members of several words, itself or through a class it refers to. */
    private final boolean[] hasPhrases;
    /** Per class: the words its members start with, or {@code null} for an open class; worked out once. */
    private final List<Set<String>> firstWords = new ArrayList<>();

    private Vocabulary(WordNet wordNet, WordClasses wordClasses, Map<String, Definition> byName) {
        this.wordNet = wordNet;
        this.wordClasses = wordClasses;
        byName.forEach((name, definition) -> {
            ids.put(name, definitions.size());
            definitions.add(definition);
        });
        for (int i = 0; i < definitions.size(); i++) {
            if (definitions.get(i) instanceof Words w) {
                int[] refs = new int[w.references().size()];
                for (int r = 0; r < refs.length; r++) {
                    Integer id = ids.get(w.references().get(r));
                    if (id == null) {
                        throw new IllegalStateException("token-classes.txt refers to an unknown class @" + w.references().get(r));
                    }
                    refs[r] = id;
                }
                definitions.set(i, new Words(w.members(), w.phrases(), w.references(), refs));
            }
        }
        this.hasPhrases = new boolean[definitions.size()];
        for (int i = 0; i < definitions.size(); i++) {
            hasPhrases[i] = definitions.get(i) instanceof Words w && anyPhrases(w);
        }
        for (int i = 0; i < definitions.size(); i++) {
            Set<String> words = firstWordsOf(i, new HashSet<>());
            firstWords.add(words == null ? null : LookupSet.copyOf(words));
        }
        Definition notName = byName.get("NOT_NAME");
        this.notNames = notName instanceof Words w ? w.members() : Set.of();
    }

    static Vocabulary load(WordNet wordNet) {
        WordClasses wordClasses = WordClasses.load(wordNet);
        Map<String, Definition> byName = new java.util.LinkedHashMap<>();
        byName.put("HERO", new Hero());
        byName.put("NAME", new Name(true));
        byName.put("OTHER", new Name(false));
        byName.put("POSSESSIVE", new Possessive());
        for (String name : wordClasses.names()) {
            byName.put(name, new WordNetClass(name, wordClasses.bit(name)));
        }
        for (RuleText.Line line : RuleText.lines("token-classes.txt")) {
            String[] parts = line.text().split(":", 2);
            if (parts.length != 2) {
                throw line.error("expected 'NAME: word, word, @OTHER'");
            }
            Set<String> members = new HashSet<>();
            List<List<String>> phrases = new ArrayList<>();
            List<String> refs = new ArrayList<>();
            for (String item : parts[1].split(",")) {
                String value = item.strip().toLowerCase(Locale.ROOT);
                if (value.startsWith("@")) {
                    refs.add(item.strip().substring(1));
                } else if (value.contains("-") || value.contains(" ")) {
                    phrases.add(List.of(value.split("[- ]+")));
                } else if (!value.isEmpty()) {
                    members.add(value);
                }
            }
            byName.put(parts[0].strip(), new Words(LookupSet.copyOf(members), List.copyOf(phrases), List.copyOf(refs),
                    new int[0]));
        }
        return new Vocabulary(wordNet, wordClasses, byName);
    }

    WordNet wordNet() {
        return wordNet;
    }

    boolean defines(String name) {
        return ids.containsKey(name);
    }

    /**
     * @param name a defined class name
     * @return its number, for {@link #contains(int, AnalysedText, int)}
     */
    int id(String name) {
        Integer id = ids.get(name);
        if (id == null) {
            throw new IllegalArgumentException("unknown word class {" + name + "}");
        }
        return id;
    }

    /**
     * @param id a class number
     * @return the lower-case words a member of the class can start with (the hero placeholder as
     *         "[hero]"), or {@code null} when the class is open: names, possessives and WordNet's
     *         classes are decided per word, not listed
     */
    Set<String> firstWordsOf(int id) {
        return firstWords.get(id);
    }

    private Set<String> firstWordsOf(int id, Set<Integer> seen) {
        Definition definition = definitions.get(id);
        if (definition instanceof Hero) {
            return Set.of("[hero]");
        }
        if (!(definition instanceof Words w) || !seen.add(id)) {
            return definition instanceof Words ? Set.of() : null;
        }
        Set<String> words = new HashSet<>(w.members());
        w.phrases().forEach(phrase -> words.add(phrase.get(0)));
        for (int ref : w.referenceIds()) {
            Set<String> referred = firstWordsOf(ref, seen);
            if (referred == null) {
                return null;
            }
            words.addAll(referred);
        }
        return words;
    }

    /**
     * @param id a class number
     * @return the bit of a WordNet class of word-classes.txt in a word's mask ({@link AnalysedText#wordNetMask}), or 0
     *         for any other class
     */
    long wordNetClassBit(int id) {
        return definitions.get(id) instanceof WordNetClass c ? 1L << c.bit() : 0L;
    }

    /**
     * @param text  the analysed draft
     * @param index a word of it
     * @return the WordNet classes of word-classes.txt its most frequent sense lies under, one bit each
     */
    long wordNetMask(AnalysedText text, int index) {
        return text.wordNetMask(index, wordClasses);
    }

    /**
     * @param id a class number
     * @return whether every member of the class is one word of the draft, listed or not ({CHILD}, {NAME}, {OTHER}),
     *         so that a phrase led by it has its second word right after the first
     */
    boolean isSingleWordEach(int id) {
        return !hasPhrases[id];
    }

    /** @return how many classes there are */
    int classCount() {
        return definitions.size();
    }

    /**
     * @param name  a class name
     * @param text  the analysed draft
     * @param index a token of it
     * @return whether the token belongs to the class
     */
    boolean contains(String name, AnalysedText text, int index) {
        return contains(id(name), text, index);
    }

    /**
     * @param id    a class number from {@link #id(String)}
     * @param text  the analysed draft
     * @param index a token of it
     * @return whether the token belongs to the class
     */
    boolean contains(int id, AnalysedText text, int index) {
        // Rules ask about the same classes at every word; each answer is worked out once per draft.
        java.util.BitSet known = text.knownMembers(id);
        // Asked first without a lambda: building one per question cost more than the answer.
        return (known != null ? known : text.members(id, definitions.size(), i -> decide(definitions.get(id), text, i)))
                .get(index);
    }

    /**
     * @param id    a class number from {@link #id(String)}
     * @param text  the analysed draft
     * @param index a token of it
     * @param end   one past the last token the member may reach (the end of the sentence)
     * @return how many words, from {@code index}, a member of the class takes ("grown-ups" is two),
     *         or 0 when none starts there
     */
    int memberLength(int id, AnalysedText text, int index, int end) {
        if (contains(id, text, index)) {
            return 1;
        }
        if (!hasPhrases[id] || !(definitions.get(id) instanceof Words words)) {
            return 0;
        }
        // Rules led by a class ask at every word; each word's answer is worked out once per draft. A
        // member runs to the end of its sentence at most.
        int length = text.phraseLengths(id, definitions.size(),
                i -> phraseLength(words, text, i, sentenceEnd(text, i)))[index];
        return index + length <= end ? length : 0;
    }

    private static int sentenceEnd(AnalysedText text, int index) {
        int sentence = text.tokens().get(index).sentence();
        int end = index + 1;
        while (end < text.tokens().size() && text.tokens().get(end).sentence() == sentence) {
            end++;
        }
        return end;
    }

    private boolean anyPhrases(Words words) {
        if (!words.phrases().isEmpty()) {
            return true;
        }
        for (int ref : words.referenceIds()) {
            if (definitions.get(ref) instanceof Words other && anyPhrases(other)) {
                return true;
            }
        }
        return false;
    }

    private int phraseLength(Words words, AnalysedText text, int index, int end) {
        int longest = 0;
        for (List<String> phrase : words.phrases()) {
            if (phrase.size() > longest && startsWith(phrase, text, index, end)) {
                longest = phrase.size();
            }
        }
        for (int ref : words.referenceIds()) {
            if (definitions.get(ref) instanceof Words other) {
                longest = Math.max(longest, phraseLength(other, text, index, end));
            }
        }
        return longest;
    }

    private static boolean startsWith(List<String> phrase, AnalysedText text, int index, int end) {
        if (index + phrase.size() > end) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!text.tokens().get(index + i).lower().equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean decide(Definition definition, AnalysedText text, int index) {
        Token token = text.tokens().get(index);
        if (definition instanceof Words w) {
            if (w.members().contains(token.lower())) {
                return true;
            }
            for (int ref : w.referenceIds()) {
                if (contains(ref, text, index)) {
                    return true;
                }
            }
            return false;
        }
        if (definition instanceof WordNetClass c) {
            // A name ("Sam", "Colt", a dog called Bullet) is not the thing WordNet files under it, and a word
            // mostly used otherwise ("round" is an adjective far more than ammunition) is not that thing either.
            return !token.hero() && !(token.capitalised() && (!token.sentenceStart() || text.isIntroducedName(token)))
                    && (text.wordNetMask(index, wordClasses) & (1L << c.bit())) != 0;
        }
        if (definition instanceof Name name) {
            // Titles are written in title case, so a capitalised everyday word there ("the Shooting Stars")
            // is not a name.
            // At the start of a sentence a capital says nothing, unless the story writes the word as a name elsewhere
            // and it is no everyday word ("Maisie sat alone", not "Soon sat ..."), or the story never writes it in lower
            // case ("Pip sat alone" where Pip is a girl, not an apple's pip).
            if (token.hero()) {
                return name.heroToo();
            }
            return (token.capitalised() && !token.lower().equals("i")
                    && (!token.sentenceStart() || text.isIntroducedName(token)
                        || (text.isWrittenAsANameElsewhere(token)
                            && (!wordNet.isCommonWord(token.lower()) || text.isWrittenOnlyAsAName(token))))
                    && !notNames.contains(token.lower())
                    && (token.page() >= 0 || !wordNet.isCommonWord(token.lower())));
        }
        if (definition instanceof Possessive) {
            return token.possessive();
        }
        return token.hero();
    }

    /**
     * @param name       a WordNet class name (or a token class)
     * @param lowerWords a compound such as "water pistol"
     * @return whether the compound as a whole belongs to the class
     */
    boolean containsPhrase(String name, String lowerWords) {
        Definition definition = definitions.get(id(name));
        if (definition instanceof WordNetClass) {
            return wordClasses.contains(name, lowerWords);
        }
        return definition instanceof Words w && (w.members().contains(lowerWords)
                || w.phrases().contains(List.of(lowerWords.split("[- ]+"))));
    }
}
