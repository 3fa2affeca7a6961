package io.storyweave.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The word lists kept as data, and whole-word matching against them. */
public final class WordLists {
    public static final WordList IDIOMS = new WordList(RuleData.words("idioms.txt"));
    public static final WordList PERIL = new WordList(RuleData.words("peril-words.txt"));
    public static final WordList COPING = new WordList(RuleData.words("coping-steps.txt"));
    public static final WordList UNSAFE = new WordList(RuleData.words("unsafe-words.txt"));

    private WordLists() {
    }

    /** A list of phrases matched as whole words, ignoring case. */
    public static final class WordList {
        private final List<String> phrases;
        private final List<Pattern> patterns;

        public WordList(List<String> phrases) {
            this.phrases = List.copyOf(phrases);
            this.patterns = phrases.stream().map(WordList::wholeWords).toList();
        }

        /** @return the phrases of this list found in {@code text}, in list order */
        public List<String> foundIn(String text) {
            String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            java.util.ArrayList<String> found = new java.util.ArrayList<>();
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).matcher(lower).find()) {
                    found.add(phrases.get(i));
                }
            }
            return found;
        }

        /** A phrase as a pattern: whole words, any run of spaces between them, singular or plural last word. */
        public static Pattern wholeWords(String phrase) {
            String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
            words[words.length - 1] = singular(words[words.length - 1]);
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    regex.append("[\\s\\-]+");
                }
                regex.append(Pattern.quote(words[i]));
            }
            regex.append("(?:e?s)?(?![\\p{L}\\p{N}])");
            return Pattern.compile(regex.toString(), Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
        }

        /** "dogs" and "foxes" become "dog" and "fox", so a parent's plural also catches the singular. */
        static String singular(String word) {
            if (word.length() > 4 && word.matches(".*(?:x|z|ch|sh|ss)es")) {
                return word.substring(0, word.length() - 2);
            }
            if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
                return word.substring(0, word.length() - 1);
            }
            return word;
        }
    }
}
