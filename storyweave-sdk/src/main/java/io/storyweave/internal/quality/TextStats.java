package io.storyweave.internal.quality;

import java.util.regex.Pattern;

/** Syllable counts for the Flesch–Kincaid grade, computed locally so no service is needed to judge readability. */
public final class TextStats {
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");

    private TextStats() {
    }

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
}
