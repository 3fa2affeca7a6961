package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kinds of thing defined by WordNet rather than by lists: {@code firearm} is every noun whose most
 * frequent sense lies under "gun" or "firearm" (revolver, six-shooter, Glock is not in WordNet but
 * pistol, rifle and shotgun are). Read from {@code word-classes.txt}: {@code name: noun#sense, ...}
 * and optionally {@code name - noun#sense, ...} to cut a branch out again.
 */
final class WordClasses {
    private final WordNet wordNet;
    /** Each class's synsets by number (see {@link WordNet#belowSynsets}), which a fresh JVM builds far faster than a set of offsets. */
    private final Map<String, BitSet> synsets = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    /** For each word seen, the classes its usual noun sense belongs to, as bits in {@link #order}. */
    private final Map<String, Long> masks = new java.util.concurrent.ConcurrentHashMap<>();

    private WordClasses(WordNet wordNet) {
        this.wordNet = wordNet;
    }

    static WordClasses load(WordNet wordNet) {
        WordClasses classes = new WordClasses(wordNet);
        for (RuleText.Line line : RuleText.lines("word-classes.txt")) {
            boolean cut = line.text().contains(" - ");
            String[] parts = line.text().split(cut ? " - " : ":", 2);
            if (parts.length != 2) {
                throw line.error("expected 'name: noun#sense, ...' or 'name - noun#sense, ...'");
            }
            String name = parts[0].strip();
            List<Long> roots = new ArrayList<>();
            for (String seed : parts[1].split(",")) {
                String[] wordAndSense = seed.strip().split("#");
                if (wordAndSense.length != 2) {
                    throw line.error("a seed must look like noun#sense");
                }
                try {
                    roots.add(wordNet.nounSense(wordAndSense[0], Integer.parseInt(wordAndSense[1])));
                } catch (IllegalArgumentException e) {
                    throw line.error(e.getMessage());
                }
            }
            BitSet below = wordNet.belowSynsets(roots);
            if (!cut && !classes.synsets.containsKey(name) && classes.order.size() == Long.SIZE) {
                throw line.error("at most " + Long.SIZE + " WordNet classes");
            }
            if (cut) {
                BitSet existing = classes.synsets.get(name);
                if (existing == null) {
                    throw line.error("a cut must follow the class it cuts");
                }
                existing.andNot(below);
            } else {
                if (!classes.synsets.containsKey(name)) {
                    classes.order.add(name);
                }
                classes.synsets.computeIfAbsent(name, k -> new BitSet()).or(below);
            }
        }
        return classes;
    }

    boolean defines(String name) {
        return synsets.containsKey(name);
    }

    /**
     * @param name       a class name
     * @param lowerWords a lower-case word or compound
     * @return whether its most frequent noun sense is of that kind
     */
    boolean contains(String name, String lowerWords) {
        int synset = wordNet.firstNounSynset(lowerWords);
        return synset >= 0 && synsets.get(name).get(synset);
    }

    /** @return the class names, in file order */
    List<String> names() {
        return List.copyOf(order);
    }

    /**
     * @param name a class name
     * @return its bit in {@link #mask(String)}
     */
    int bit(String name) {
        return order.indexOf(name);
    }

    /**
     * @param lowerWord a lower-case word as written in a draft
     * @return a bit per class (see {@link #bit(String)}) that the word belongs to: used mostly as a
     *         noun, with its most frequent noun sense of that kind ("round" is mostly an adjective,
     *         though its first noun sense is ammunition); worked out once per word, since drafts
     *         repeat their words
     */
    long mask(String lowerWord) {
        Long mask = masks.get(lowerWord);
        if (mask == null) {
            long bits = 0;
            // "Sam" is a surface-to-air missile only in capitals; a word WordNet knows only as a name or an
            // acronym is not the thing it names.
            if (wordNet.usualPartOfSpeech(lowerWord) == PartOfSpeech.NOUN && wordNet.isCommonWord(lowerWord)) {
                int synset = wordNet.firstNounSynset(lowerWord);
                for (int i = 0; i < order.size() && synset >= 0; i++) {
                    if (synsets.get(order.get(i)).get(synset)) {
                        bits |= 1L << i;
                    }
                }
            }
            mask = bits;
            if (masks.size() < 200_000) {
                masks.put(lowerWord, mask);
            }
        }
        return mask;
    }
}
