package io.storyweave.internal.safety;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.Exc;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the {@link Lexicon} file (format in its class comment) from WordNet 3.1 as extJWNL reads it, so
 * every fact in it is the one extJWNL's own answers are made of. Run by {@code LexiconMatchesWordNetTest},
 * which checks the shipped file is byte for byte what this writes.
 */
final class LexiconBuilder {
    private static final POS[] ORDER = {POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB};

    private final Dictionary dictionary;
    private final Dictionary lookups;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 22);

    private LexiconBuilder(Dictionary dictionary, Dictionary lookups) {
        this.dictionary = dictionary;
        this.lookups = lookups;
    }

    /**
     * @param dictionary WordNet 3.1, read by extJWNL, to list everything in it
     * @param lookups    another instance of it that nothing has listed, to look exceptions up in (listing
     *                   fills extJWNL's caches with the last of two lines for the same form, a lookup finds
     *                   the other)
     * @param licence    WordNet's licence notice, carried in the file
     * @return the gzip bytes of the lexicon
     */
    static byte[] build(Dictionary dictionary, Dictionary lookups, String licence) throws JWNLException, IOException {
        return new LexiconBuilder(dictionary, lookups).write(licence);
    }

    private byte[] write(String licence) throws JWNLException, IOException {
        List<Synset> nouns = synsets(POS.NOUN);
        List<Synset> verbs = synsets(POS.VERB);
        Map<POS, List<IndexWord>> entries = new HashMap<>();
        TreeSet<byte[]> lemmas = new TreeSet<>(Arrays::compareUnsigned);
        for (POS pos : ORDER) {
            List<IndexWord> list = new ArrayList<>();
            for (Iterator<IndexWord> it = dictionary.getIndexWordIterator(pos); it.hasNext(); ) {
                IndexWord word = it.next();
                list.add(word);
                lemmas.add(key(word.getLemma()));
            }
            entries.put(pos, list);
        }
        List<byte[]> sorted = new ArrayList<>(lemmas);
        Map<String, Integer> lemmaId = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            lemmaId.put(new String(sorted.get(i), StandardCharsets.UTF_8), i);
        }

        string(Lexicon.MAGIC);
        string(licence);
        number(sorted.size());
        byte[] previous = new byte[0];
        for (byte[] lemma : sorted) {
            // Lemmas are distinct, so the first difference is the length of the prefix they share.
            int shared = Arrays.mismatch(previous, lemma);
            number(shared);
            number(lemma.length - shared);
            out.write(lemma, shared, lemma.length - shared);
            previous = lemma;
        }

        TreeMap<Long, String> files = new TreeMap<>();
        for (Synset synset : nouns) {
            files.put(synset.getLexFileNum(), synset.getLexFileName());
        }
        number(files.size());
        for (Map.Entry<Long, String> file : files.entrySet()) {
            number(Math.toIntExact(file.getKey()));
            string(file.getValue());
        }

        Map<Long, Integer> nounNumber = numbers(nouns);
        Map<Long, Integer> verbNumber = numbers(verbs);
        number(nouns.size());
        long offset = 0;
        for (Synset synset : nouns) {
            number(Math.toIntExact(synset.getOffset() - offset));
            offset = synset.getOffset();
            number(Math.toIntExact(synset.getLexFileNum()));
            List<Pointer> hyponyms = synset.getPointers(PointerType.HYPONYM);
            number(hyponyms.size());
            for (Pointer pointer : hyponyms) {
                number(nounNumber.get(pointer.getTargetOffset()));
            }
        }
        number(verbs.size());

        for (POS pos : ORDER) {
            List<IndexWord> list = entries.get(pos);
            list.sort((a, b) -> Integer.compare(lemmaId.get(lemma(a)), lemmaId.get(lemma(b))));
            number(list.size());
            int last = 0;
            for (IndexWord word : list) {
                int id = lemmaId.get(lemma(word));
                number(id - last);
                last = id;
                number(ExtJwnlWordNet.hasLowerCaseSense(word) ? 1 : 0);
                number(word.getSenses().size());
                for (Synset sense : word.getSenses()) {
                    if (pos == POS.NOUN || pos == POS.VERB) {
                        number((pos == POS.NOUN ? nounNumber : verbNumber).get(sense.getOffset()));
                    }
                    number(ExtJwnlWordNet.useCount(sense, word.getLemma()));
                }
            }
            TreeMap<String, List<String>> exceptions = new TreeMap<>();
            for (Iterator<Exc> it = dictionary.getExceptionIterator(pos); it.hasNext(); ) {
                // WordNet lists a few forms twice ("aurar"); a lookup finds one of the lines, so that is the one kept.
                Exc exc = lookups.getException(pos, it.next().getLemma());
                exceptions.put(exc.getLemma().replace(' ', '_'), exc.getExceptions());
            }
            number(exceptions.size());
            for (Map.Entry<String, List<String>> exception : exceptions.entrySet()) {
                string(exception.getKey());
                number(exception.getValue().size());
                for (String base : exception.getValue()) {
                    string(base);
                }
            }
        }

        ByteArrayOutputStream gzip = new ByteArrayOutputStream(out.size() / 2);
        try (GZIPOutputStream zip = new GZIPOutputStream(gzip)) {
            out.writeTo(zip);
        }
        return gzip.toByteArray();
    }

    private List<Synset> synsets(POS pos) throws JWNLException {
        List<Synset> synsets = new ArrayList<>();
        for (Iterator<Synset> it = dictionary.getSynsetIterator(pos); it.hasNext(); ) {
            synsets.add(it.next());
        }
        synsets.sort((a, b) -> Long.compare(a.getOffset(), b.getOffset()));
        return synsets;
    }

    private static Map<Long, Integer> numbers(List<Synset> synsets) {
        Map<Long, Integer> numbers = new HashMap<>();
        for (int i = 0; i < synsets.size(); i++) {
            numbers.put(synsets.get(i).getOffset(), i);
        }
        return numbers;
    }

    private static String lemma(IndexWord word) {
        return word.getLemma().replace(' ', '_');
    }

    private static byte[] key(String lemma) {
        return lemma.replace(' ', '_').getBytes(StandardCharsets.UTF_8);
    }

    private void number(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a lexicon number cannot be negative: " + value);
        }
        while ((value & ~0x7f) != 0) {
            out.write((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }

    private void string(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        out.write(bytes, 0, bytes.length);
    }
}
