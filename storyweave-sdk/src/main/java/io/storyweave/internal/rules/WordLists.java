package io.storyweave.internal.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The word lists kept as data, and whole-word matching against them. */
public final class WordLists {
    // Declared first: the lists below are built with it during class initialisation.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");

    public static final WordList IDIOMS = new WordList(RuleData.words("idioms.txt"));
    public static final WordList PERIL = new WordList(RuleData.words("peril-words.txt"));
    public static final WordList COPING = new WordList(RuleData.words("coping-steps.txt"));
    public static final WordList UNSAFE = new WordList(RuleData.words("unsafe-words.txt"));

    private WordLists() {
    }

    /**
     * Phrases matched as whole words, ignoring case, punctuation and hyphens between words, and
     * singular versus plural. The text is split into words once and the phrases are looked up by
     * their first word, so checking a story costs one pass over it, not one pass per phrase.
     */
    public static final class WordList {
        private final List<String> phrases;
        private final List<String[]> words;
        private final Map<String, List<Integer>> byFirstWord = new HashMap<>();

        public WordList(List<String> phrases) {
            this.phrases = List.copyOf(phrases);
            this.words = new ArrayList<>();
            for (int i = 0; i < this.phrases.size(); i++) {
                String[] normalised = normalisedWords(this.phrases.get(i)).toArray(String[]::new);
                words.add(normalised);
                if (normalised.length > 0) {
                    byFirstWord.computeIfAbsent(normalised[0], k -> new ArrayList<>()).add(i);
                }
            }
        }

        /** @return the phrases of this list found in {@code text}, in list order */
        public List<String> foundIn(String text) {
            return foundIn(normalisedWords(text));
        }

        /**
         * @param tokens the text as {@link WordLists#normalisedWords(String)} gives it, so several
         *               lists can be checked against one split of the text
         * @return the phrases of this list found, in list order
         */
        public List<String> foundIn(List<String> tokens) {
            Set<Integer> found = new java.util.TreeSet<>();
            for (int start = 0; start < tokens.size(); start++) {
                List<Integer> candidates = byFirstWord.get(tokens.get(start));
                if (candidates == null) {
                    continue;
                }
                for (int index : candidates) {
                    if (matchesAt(words.get(index), tokens, start)) {
                        found.add(index);
                    }
                }
            }
            Set<String> result = new LinkedHashSet<>();
            found.forEach(i -> result.add(phrases.get(i)));
            return List.copyOf(result);
        }

        private static boolean matchesAt(String[] phrase, List<String> tokens, int start) {
            if (start + phrase.length > tokens.size()) {
                return false;
            }
            for (int i = 1; i < phrase.length; i++) {
                if (!phrase[i].equals(tokens.get(start + i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Lower-case words, each in its singular form, with curly apostrophes made straight. */
    public static List<String> normalisedWords(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(singular(m.group()));
        }
        return out;
    }

    /** "dogs" and "foxes" become "dog" and "fox", so a plural in a list also catches the singular and back. */
    static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("es") && (endsWithAny(word, n - 2, "x", "z", "ch", "sh", "ss"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("'s")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static boolean endsWithAny(String word, int end, String... suffixes) {
        for (String suffix : suffixes) {
            if (word.startsWith(suffix, end - suffix.length())) {
                return true;
            }
        }
        return false;
    }
}
