package io.storyweave.internal.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence, word and syllable counts and the Flesch–Kincaid grade, computed locally so no
 * service is needed to judge readability.
 */
public final class TextStats {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u2026])[\"'\u201d\u2019)]*\\s+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");

    private final List<Integer> sentenceWords;
    private final int words;
    private final int syllables;
    private final int polysyllables;

    private TextStats(List<Integer> sentenceWords, int words, int syllables, int polysyllables) {
        this.sentenceWords = sentenceWords;
        this.words = words;
        this.syllables = syllables;
        this.polysyllables = polysyllables;
    }

    public static TextStats of(String text) {
        List<Integer> sentences = new ArrayList<>();
        int words = 0;
        int syllables = 0;
        int poly = 0;
        for (String sentence : SENTENCE_END.split(text.strip())) {
            int count = 0;
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                count++;
                int s = syllables(m.group());
                syllables += s;
                if (s >= 4) {
                    poly++;
                }
            }
            if (count > 0) {
                sentences.add(count);
                words += count;
            }
        }
        return new TextStats(List.copyOf(sentences), words, syllables, poly);
    }

    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");

    /** Vowel groups (at most two vowels each), less a silent ending, at least one. Good enough for grade estimates. */
    static int syllables(String word) {
        StringBuilder letters = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = Character.toLowerCase(word.charAt(i));
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        if (letters.length() <= 3) {
            return 1;
        }
        String w = SILENT_ENDING.matcher(letters).replaceFirst("");
        int count = 0;
        int run = 0;
        for (int i = w.startsWith("y") ? 1 : 0; i < w.length(); i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                run++;
            } else {
                count += (run + 1) / 2;
                run = 0;
            }
        }
        count += (run + 1) / 2;
        return Math.max(1, count);
    }

    public int sentences() {
        return sentenceWords.size();
    }

    public int words() {
        return words;
    }

    public int longestSentence() {
        return sentenceWords.stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public double averageSentence() {
        return sentenceWords.isEmpty() ? 0 : (double) words / sentenceWords.size();
    }

    /** Share of words with four or more syllables. */
    public double longWordShare() {
        return words == 0 ? 0 : (double) polysyllables / words;
    }

    /** Flesch–Kincaid grade level; 0 for empty text. */
    public double fleschKincaidGrade() {
        if (words == 0 || sentenceWords.isEmpty()) {
            return 0;
        }
        return 0.39 * ((double) words / sentenceWords.size()) + 11.8 * ((double) syllables / words) - 15.59;
    }
}
