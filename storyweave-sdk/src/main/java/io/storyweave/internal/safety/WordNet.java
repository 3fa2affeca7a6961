package io.storyweave.internal.safety;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntPredicate;

/**
 * Princeton WordNet 3.1, as the {@link Lexicon} shipped in this jar holds it: base forms of inflected
 * words (morphy, with WordNet's exception lists), multi-word entries such as "hot dog" or "butter knife",
 * and the noun hierarchy (every kind of firearm under "firearm", every kind of dog under "dog").
 *
 * <p>Every answer is the one extJWNL gives from the full WordNet ({@code LexiconMatchesWordNetTest}
 * proves it); extJWNL itself is a test dependency only. Loading reads the whole file in one pass, once, on
 * first use (or on the background thread started by {@link SafetyChecks#preload()}). The lexicon never
 * changes, so lookups need no lock; answers asked for every word of every draft are memoised, since a
 * story's words repeat, and so do the stories.
 */
public final class WordNet {
    private static final Logger LOG = LoggerFactory.getLogger(WordNet.class);
    private static final int MEMO_LIMIT = 200_000;

    private final Lexicon lexicon;
    private final Morphy morphy;
    private final Map<String, Set<String>> baseForms = new ConcurrentHashMap<>();
    private final Map<String, Long> firstNounSense = new ConcurrentHashMap<>();
    private final Map<String, Boolean> entries = new ConcurrentHashMap<>();
    private final Map<String, Boolean> words = new ConcurrentHashMap<>();
    private final Map<String, Boolean> commonWords = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> verbForms = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> nounForms = new ConcurrentHashMap<>();
    private final Map<String, Optional<PartOfSpeech>> usualPos = new ConcurrentHashMap<>();

    WordNet(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.morphy = new Morphy(lexicon);
    }

    private static final class Holder {
        static final WordNet INSTANCE = load();
    }

    /** @return the shared instance, loading it on first use */
    public static WordNet get() {
        return Holder.INSTANCE;
    }

    private static WordNet load() {
        long started = System.nanoTime();
        WordNet wordNet = new WordNet(Lexicon.load());
        LOG.debug("WordNet loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return wordNet;
    }

    /**
     * @param lowerWord a lower-case word (may hold spaces or hyphens)
     * @return the word itself and every base form WordNet knows for it in any part of speech
     *         ("ran" gives ran and run; "geese" gives geese and goose)
     */
    public Set<String> baseForms(String lowerWord) {
        Set<String> known = baseForms.get(lowerWord);
        if (known != null) {
            return known;
        }
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lowerWord);
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            for (String form : morphy.baseForms(pos, lowerWord)) {
                forms.add(form.toLowerCase(Locale.ROOT));
            }
        }
        // Set.copyOf: checked for every word of every draft, so iteration and lookup must be cheap.
        Set<String> result = Set.copyOf(forms);
        remember(baseForms, lowerWord, result);
        return result;
    }

    /**
     * @param lowerWord a lower-case word
     * @return its base forms as a verb ("ran" gives run), empty when it is no verb form
     */
    public Set<String> verbBaseForms(String lowerWord) {
        return baseFormsAs(PartOfSpeech.VERB, lowerWord, verbForms);
    }

    /**
     * @param lowerWord a lower-case word
     * @return its base forms as a noun ("geese" gives goose; "batting", a noun of its own, gives
     *         batting, not bat), empty when it is no noun form
     */
    public Set<String> nounBaseForms(String lowerWord) {
        return baseFormsAs(PartOfSpeech.NOUN, lowerWord, nounForms);
    }

    private Set<String> baseFormsAs(PartOfSpeech pos, String lowerWord, Map<String, Set<String>> memo) {
        Set<String> known = memo.get(lowerWord);
        if (known != null) {
            return known;
        }
        Set<String> forms = new LinkedHashSet<>();
        for (String form : morphy.baseForms(pos, lowerWord)) {
            forms.add(form.toLowerCase(Locale.ROOT));
        }
        Set<String> result = Collections.unmodifiableSet(forms);
        remember(memo, lowerWord, result);
        return result;
    }

    /**
     * @param lowerPhrase lower-case words separated by single spaces
     * @return whether WordNet has it as a common noun (after morphy: "hot dogs" counts; "Red Sun",
     *         only ever a name, does not)
     */
    public boolean isNoun(String lowerPhrase) {
        Boolean known = entries.get(lowerPhrase);
        if (known != null) {
            return known;
        }
        int entry = nounEntry(lowerPhrase);
        boolean found = entry >= 0 && lexicon.hasLowerCaseSense(PartOfSpeech.NOUN, entry);
        remember(entries, lowerPhrase, found);
        return found;
    }

    /**
     * @param lowerWord a lower-case word
     * @return whether WordNet knows it, or a base form of it, in any part of speech
     */
    public boolean isWord(String lowerWord) {
        Boolean known = words.get(lowerWord);
        if (known != null) {
            return known;
        }
        boolean found = false;
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            found |= lookUp(pos, lowerWord) >= 0;
        }
        remember(words, lowerWord, found);
        return found;
    }

    /**
     * @param lowerWord a lower-case noun, inflected or not ("legs")
     * @return the broad kinds of the senses people commonly mean by it and by its base forms ("legs"
     *         as staying power is {@code noun.attribute}, "leg" is {@code noun.body})
     */
    public Set<String> commonNounKinds(String lowerWord) {
        Set<String> kinds = new HashSet<>();
        for (String base : nounBaseForms(lowerWord)) {
            int entry = nounEntry(base);
            int senses = entry < 0 ? 0 : lexicon.senseCount(PartOfSpeech.NOUN, entry);
            if (senses == 0) {
                continue;
            }
            int threshold = Math.max(1, lexicon.useCount(PartOfSpeech.NOUN, entry, 0) / 5);
            for (int sense = 0; sense < senses; sense++) {
                if (sense == 0 || lexicon.useCount(PartOfSpeech.NOUN, entry, sense) >= threshold) {
                    kinds.add(lexicon.lexFileName(lexicon.senseSynset(PartOfSpeech.NOUN, entry, sense)));
                }
            }
        }
        return kinds;
    }

    /**
     * @param lowerWord a lower-case word or compound
     * @return WordNet's broad kind of its most frequent noun sense (e.g. {@code noun.animal}), or {@code null}
     */
    public String nounKind(String lowerWord) {
        int entry = nounEntry(lowerWord);
        return entry < 0 || lexicon.senseCount(PartOfSpeech.NOUN, entry) == 0 ? null
                : lexicon.lexFileName(lexicon.senseSynset(PartOfSpeech.NOUN, entry, 0));
    }

    /**
     * @param lowerWord a lower-case word, inflected or not
     * @return its usual part of speech: the one whose senses are used most in WordNet's tagged corpus
     *         ("round" is mostly an adjective, though its first noun sense is ammunition), or
     *         {@code null} when WordNet does not know it
     */
    public PartOfSpeech usualPartOfSpeech(String lowerWord) {
        Optional<PartOfSpeech> known = usualPos.get(lowerWord);
        if (known != null) {
            return known.orElse(null);
        }
        PartOfSpeech best = null;
        int bestCount = -1;
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            int entry = lookUp(pos, lowerWord);
            if (entry < 0) {
                continue;
            }
            int senses = lexicon.senseCount(pos, entry);
            int count = 0;
            for (int sense = 0; sense < senses; sense++) {
                count += lexicon.useCount(pos, entry, sense);
            }
            // Ties go to the part of speech with more senses, then to nouns.
            int weighted = count * 1000 + senses;
            if (weighted > bestCount || (weighted == bestCount && pos == PartOfSpeech.NOUN)) {
                best = pos;
                bestCount = weighted;
            }
        }
        remember(usualPos, lowerWord, Optional.ofNullable(best));
        return best;
    }

    /**
     * @param lowerWord a lower-case word
     * @return whether WordNet knows it as an everyday, lower-case word ("joy", "rose"), not only as a
     *         name ("Leo", the constellation)
     */
    public boolean isCommonWord(String lowerWord) {
        Boolean known = commonWords.get(lowerWord);
        if (known != null) {
            return known;
        }
        boolean common = false;
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            int entry = lookUp(pos, lowerWord);
            if (entry >= 0 && lexicon.hasLowerCaseSense(pos, entry)) {
                common = true;
                break;
            }
        }
        remember(commonWords, lowerWord, common);
        return common;
    }

    /**
     * @param lowerWord a lower-case word
     * @return whether WordNet's tagged corpus uses it (or its base form) in some sense at all: "art",
     *         "pat" and "may" are in everyday use; "ben" (a mountain) and "tom" (a male cat) are words
     *         mostly met as names
     */
    public boolean isUsedWord(String lowerWord) {
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            int entry = lookUp(pos, lowerWord);
            for (int sense = 0; entry >= 0 && sense < lexicon.senseCount(pos, entry); sense++) {
                if (lexicon.useCount(pos, entry, sense) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param lowerWord a lower-case word or compound, inflected or not
     * @return the offset of its most frequent noun sense, or -1 when it is not a noun
     */
    public long firstNounSense(String lowerWord) {
        Long known = firstNounSense.get(lowerWord);
        if (known != null) {
            return known;
        }
        int entry = nounEntry(lowerWord);
        long offset = entry < 0 || lexicon.senseCount(PartOfSpeech.NOUN, entry) == 0 ? -1
                : lexicon.nounOffset(lexicon.senseSynset(PartOfSpeech.NOUN, entry, 0));
        remember(firstNounSense, lowerWord, offset);
        return offset;
    }

    /**
     * The noun senses of a word that people commonly mean: the most frequent one and every other
     * sense used at least a fifth as often in WordNet's tagged corpus, so "dog" means the animal
     * (not a frankfurter or a pawl) and "water" means both the liquid and a lake or the sea.
     *
     * @param lowerWord a lower-case word or compound
     * @return offsets of those senses, most frequent first; empty when it is not a noun
     */
    public List<Long> commonNounSenses(String lowerWord) {
        int entry = nounEntry(lowerWord);
        int senses = entry < 0 ? 0 : lexicon.senseCount(PartOfSpeech.NOUN, entry);
        if (senses == 0) {
            return List.of();
        }
        int threshold = Math.max(1, lexicon.useCount(PartOfSpeech.NOUN, entry, 0) / 5);
        List<Long> common = new ArrayList<>();
        common.add(lexicon.nounOffset(lexicon.senseSynset(PartOfSpeech.NOUN, entry, 0)));
        for (int sense = 1; sense < senses; sense++) {
            if (lexicon.useCount(PartOfSpeech.NOUN, entry, sense) >= threshold) {
                common.add(lexicon.nounOffset(lexicon.senseSynset(PartOfSpeech.NOUN, entry, sense)));
            }
        }
        return common;
    }

    /**
     * @param lowerWord a lower-case noun
     * @param sense     1-based sense number, as WordNet numbers senses
     * @return the synset offset of that sense
     * @throws IllegalArgumentException when WordNet has no such sense (a rule file names a wrong seed)
     */
    public long nounSense(String lowerWord, int sense) {
        int entry = lookUp(PartOfSpeech.NOUN, lowerWord);
        if (entry < 0 || sense < 1 || lexicon.senseCount(PartOfSpeech.NOUN, entry) < sense) {
            throw new IllegalArgumentException("WordNet has no noun sense " + sense + " of \"" + lowerWord + "\"");
        }
        return lexicon.nounOffset(lexicon.senseSynset(PartOfSpeech.NOUN, entry, sense - 1));
    }

    /**
     * @param lowerWord a lower-case word
     * @return the words of the verb senses people commonly mean by it whose first sense that is
     *         ("divorce" gives divorce, split up ...), lower case; empty when it is no verb
     */
    public Set<String> verbSynonyms(String lowerWord) {
        int entry = lexicon.entry(PartOfSpeech.VERB, lowerWord);
        if (entry < 0 || lexicon.senseCount(PartOfSpeech.VERB, entry) == 0) {
            return Set.of();
        }
        Set<String> synonyms = new LinkedHashSet<>();
        // The senses people commonly mean, as for nouns, and of each such sense only the words whose
        // first meaning it is: "sting" shares a sense with "stick" (a wasp sticks you), but "stuck"
        // means stuck, so it is no mention of stings; "shout" shares one with "call", but "let's call
        // Mum" is no shouting; "split up" means to divorce first of all, so it is a mention of it.
        for (int synset : commonVerbSenses(entry)) {
            lexicon.forEachVerbWord(synset, word -> {
                int other = lexicon.entry(PartOfSpeech.VERB, word);
                if (word.equals(lowerWord) || (other >= 0 && lexicon.senseCount(PartOfSpeech.VERB, other) > 0
                        && lexicon.senseSynset(PartOfSpeech.VERB, other, 0) == synset)) {
                    synonyms.add(word);
                }
            });
        }
        return synonyms;
    }

    /** @return the synsets of a verb entry's first sense and of every sense used at least a fifth as often */
    private Set<Integer> commonVerbSenses(int entry) {
        Set<Integer> senses = new LinkedHashSet<>();
        int threshold = Math.max(1, lexicon.useCount(PartOfSpeech.VERB, entry, 0) / 5);
        for (int sense = 0; sense < lexicon.senseCount(PartOfSpeech.VERB, entry); sense++) {
            if (sense == 0 || lexicon.useCount(PartOfSpeech.VERB, entry, sense) >= threshold) {
                senses.add(lexicon.senseSynset(PartOfSpeech.VERB, entry, sense));
            }
        }
        return senses;
    }

    /**
     * @param roots noun synset offsets
     * @return the roots and every synset below them (hyponyms, transitively)
     * @throws IllegalArgumentException when an offset starts no noun synset
     */
    public Set<Long> below(Iterable<Long> roots) {
        Set<Long> seen = new HashSet<>();
        walkDown(roots, synset -> seen.add(lexicon.nounOffset(synset)));
        return seen;
    }

    /**
     * {@link #below} as synset numbers in a bit set, for the word classes: a class such as "person" holds thousands
     * of synsets, which as boxed offsets in a hash set cost a fresh JVM some 30 ms to build.
     *
     * @param roots noun synset offsets
     * @return the roots and every synset below them, by synset number (see {@link #firstNounSynset})
     * @throws IllegalArgumentException when an offset starts no noun synset
     */
    BitSet belowSynsets(Iterable<Long> roots) {
        BitSet seen = new BitSet();
        walkDown(roots, synset -> {
            boolean first = !seen.get(synset);
            seen.set(synset);
            return first;
        });
        return seen;
    }

    /** Visits the roots and their hyponyms, transitively, going below a synset only when it is first visited. */
    private void walkDown(Iterable<Long> roots, IntPredicate firstVisit) {
        Deque<Integer> todo = new ArrayDeque<>();
        for (long root : roots) {
            todo.push(synsetAt(root));
        }
        while (!todo.isEmpty()) {
            int synset = todo.pop();
            if (firstVisit.test(synset)) {
                // Instances (the Amazon under "river") are names, not kinds of thing a child meets: only
                // hyponyms are followed.
                lexicon.forEachHyponym(synset, todo::push);
            }
        }
    }

    /**
     * @param lowerWord a lower-case word or compound
     * @return the synset number of its most frequent noun sense (as in {@link #belowSynsets}), or -1 when it is no
     *         noun
     */
    int firstNounSynset(String lowerWord) {
        long offset = firstNounSense(lowerWord);
        return offset < 0 ? -1 : synsetAt(offset);
    }

    /**
     * @param synsets noun synset offsets
     * @return every word of those synsets, lower case, compounds with single spaces
     * @throws IllegalArgumentException when an offset starts no noun synset
     */
    public Set<String> wordsOf(Iterable<Long> synsets) {
        Set<String> found = new LinkedHashSet<>();
        for (long offset : synsets) {
            lexicon.forEachNounWord(synsetAt(offset), found::add);
        }
        return found;
    }

    private int synsetAt(long offset) {
        int synset = lexicon.nounSynset(offset);
        if (synset < 0) {
            throw new IllegalArgumentException("no WordNet synset at offset " + offset);
        }
        return synset;
    }

    /**
     * extJWNL's lookup of an entry: the word as it is, else its first base form (which counts only
     * when it is an entry itself).
     */
    private int lookUp(PartOfSpeech pos, String word) {
        String prepared = word.trim().toLowerCase(Locale.ROOT);
        int entry = lexicon.entry(pos, prepared);
        if (entry >= 0 || prepared.isEmpty()) {
            return entry;
        }
        List<String> forms = morphy.baseForms(pos, prepared);
        return forms.isEmpty() ? -1 : lexicon.entry(pos, forms.get(0));
    }

    /**
     * A lookup splits a phrase it does not know and answers for one of its words ("revolver in the"
     * gives "revolver"); only an entry with as many words as the phrase is it.
     */
    private int nounEntry(String lowerPhrase) {
        int entry = lookUp(PartOfSpeech.NOUN, lowerPhrase);
        return entry >= 0 && wordCount(lexicon.lemma(PartOfSpeech.NOUN, entry)) == wordCount(lowerPhrase) ? entry : -1;
    }

    private static int wordCount(String text) {
        return text.trim().split("[\\s_]+").length;
    }

    private static <V> void remember(Map<String, V> memo, String key, V value) {
        // Memoised answers are bounded so a stream of odd words cannot grow the heap for ever.
        if (memo.size() < MEMO_LIMIT) {
            memo.put(key, value);
        }
    }
}
