package io.storyweave.internal.safety;

import com.carrotsearch.labs.langid.DetectedLanguage;
import com.carrotsearch.labs.langid.LangIdV3;
import com.carrotsearch.labs.langid.Model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a draft is written in English. English readability formulas score a story in another
 * language as easy, so this is checked on its own, two ways: langid (Lui and Baldwin's language
 * identifier, ported by Carrot Search) must name English, and most words must be English words
 * (WordNet's vocabulary or English function words), which keeps a short story with names from
 * being misjudged.
 */
final class LanguageCheck {
    private static final Set<String> FUNCTION_WORDS = LookupSet.of("a", "an", "the", "and", "or", "but", "if", "so", "of",
            "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "up", "down", "out", "over", "under",
            "about", "after", "before", "i", "me", "my", "mine", "you", "your", "yours", "he", "him", "his", "she",
            "her", "hers", "it", "its", "we", "us", "our", "they", "them", "their", "this", "that", "these", "those",
            "is", "am", "are", "was", "were", "be", "been", "being", "do", "does", "did", "has", "have", "had", "will",
            "would", "can", "could", "shall", "should", "may", "might", "must", "not", "no", "yes", "what", "who",
            "whom", "which", "when", "where", "why", "how", "there", "here", "then", "than", "too", "very", "all",
            "some", "any", "each", "every", "both", "few", "more", "most", "much", "many", "just", "also", "again",
            "let's", "it's", "i'm", "you're", "they're", "we're",
            "he's", "she's", "that's", "what's", "there's", "don't", "didn't", "can't", "won't", "isn't", "wasn't",
            "aren't", "weren't", "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", "i'll", "you'll", "we'll",
            "they'll", "i've", "we've");
    /** Words WordNet lacks that are as English as the function words in a children's story. */
    private static final Set<String> STORY_WORDS = LookupSet.of("oh", "ok", "okay", "hello", "hi", "bye", "goodbye", "mum",
            "mom", "dad", "mummy", "mommy", "daddy", "grandma", "grandpa", "granny");
    /**
     * Two-letter words of English stories that are neither grammar words nor abbreviations, beside the story
     * words ("oh", "ok", "hi") that {@link #isFunctionWord} already knows.
     */
    private static final Set<String> TWO_LETTER_WORDS = LookupSet.of("go", "ox", "ah", "aw", "ow", "uh", "hm", "mm",
            "ha", "ho", "ma", "pa", "tv", "pe", "yo", "ax", "id", "ye");
    private static final double LANGID_CONFIDENCE = 0.9;
    private static final double MIN_ENGLISH_SHARE = 0.6;
    private static final double CLEARLY_ENGLISH = 0.85;
    private static final int MIN_PAGE_WORDS = 8;
    /** Four, not five: German capitalises its nouns, which are then skipped as names ("Der Film war wirklich lustig."). */
    private static final int MIN_SENTENCE_WORDS = 4;
    private static final double LANGID_ALONE_SHARE = 0.75;

    private static final class Holder {
        static final Model MODEL = Model.defaultModel();
        // The classifier keeps scratch buffers, so each thread reuses its own.
        static final ThreadLocal<LangIdV3> CLASSIFIER = ThreadLocal.withInitial(() -> new LangIdV3(MODEL));
    }

    private LanguageCheck() {
    }

    /**
     * @param lowerWord a lower-case word
     * @return whether it is an English function word (the, and, of ...) or a story word (mum, hello),
     *         which WordNet does not list
     */
    static boolean isFunctionWord(String lowerWord) {
        return FUNCTION_WORDS.contains(lowerWord) || STORY_WORDS.contains(lowerWord);
    }

    /**
     * @param lowerWord a lower-case word
     * @return whether it is a word of grammar (the, and, of, she ...), which names nothing: unlike
     *         {@link #isFunctionWord}, "grandpa" and "goodbye" are not
     */
    static boolean isGrammarWord(String lowerWord) {
        return FUNCTION_WORDS.contains(lowerWord);
    }

    /**
     * Judges the whole draft, then each page on its own: a story that switches language on one page
     * (or for half of every page) is as unreadable for the child as one written wholly in another.
     *
     * @param text    the analysed draft
     * @param wordNet English vocabulary
     * @return a failing finding when the draft or a page of it is not in English, else {@code null}
     */
    static Finding check(AnalysedText text, WordNet wordNet) {
        Finding whole = judge(text.tokens(), wordNet, "the story");
        if (whole != null) {
            return whole;
        }
        java.util.Map<Integer, List<Token>> pages = new java.util.TreeMap<>();
        for (Token token : text.tokens()) {
            pages.computeIfAbsent(token.page(), p -> new ArrayList<>()).add(token);
        }
        for (java.util.Map.Entry<Integer, List<Token>> page : pages.entrySet()) {
            if (page.getKey() < 0) {
                // The title is too short to judge alone; it counted in the whole story.
                continue;
            }
            int number = page.getKey() + 1;
            Finding finding = judge(page.getValue(), wordNet, "page " + number);
            if (finding != null) {
                return new Finding(finding.check(), true, finding.quote(), number, finding.why());
            }
        }
        return foreignSentences(text, wordNet);
    }

    /**
     * Whole sentences in another language mixed into English pages ("Der Hügel war sehr steil, aber
     * er hatte keine Angst."): two or more sentences of four words or more, most of them not English,
     * that the identifier reads as one other language. Names (capitalised inside a sentence) are not
     * counted, so a sentence full of names is not foreign; one such sentence may be a character's
     * greeting, two are a story the child cannot read.
     */
    private static Finding foreignSentences(AnalysedText text, WordNet wordNet) {
        StringBuilder foreign = new StringBuilder();
        int count = 0;
        int firstPage = -1;
        for (int[] sentence : text.sentences()) {
            int words = 0;
            int english = 0;
            StringBuilder plain = new StringBuilder();
            for (int i = sentence[0]; i < sentence[1]; i++) {
                Token token = text.tokens().get(i);
                plain.append(token.text()).append(' ');
                if (token.hero() || !Character.isLetter(token.lower().charAt(0))
                        || (token.capitalised() && !token.sentenceStart()) || isRepeatedSound(text.tokens(), i)) {
                    continue;
                }
                words++;
                if (isPlainEnglishWord(token.lower(), wordNet)) {
                    english++;
                }
            }
            if (words >= MIN_SENTENCE_WORDS && (double) english / words < MIN_ENGLISH_SHARE) {
                foreign.append(plain).append(' ');
                count++;
                if (firstPage < 0) {
                    firstPage = text.tokens().get(sentence[0]).page();
                }
            }
        }
        if (count < 2) {
            return null;
        }
        LangIdV3 classifier = Holder.CLASSIFIER.get();
        classifier.reset();
        DetectedLanguage detected = classifier.classify(foreign, true);
        if ("en".equals(detected.langCode) || detected.confidence < LANGID_CONFIDENCE) {
            return null;
        }
        return new Finding("language", true, detected.langCode, Math.max(firstPage, 0) + 1, String.format(Locale.ROOT,
                "%d sentences are not in English: the language looks like %s", count, detected.langCode));
    }

    /**
     * A word said twice or more in a row is a sound, not a language: a song's "la la la", a laugh's "ha ha ha", a
     * chant's "na na na" (round 318's echo in a show cave read as Swahili). No sentence of French or Spanish says
     * its "la" twice in a row.
     */
    private static boolean isRepeatedSound(List<Token> tokens, int i) {
        String word = tokens.get(i).lower();
        return (i > 0 && tokens.get(i - 1).lower().equals(word))
                || (i + 1 < tokens.size() && tokens.get(i + 1).lower().equals(word));
    }

    /**
     * A stricter reading than {@link #judge}'s for one sentence: WordNet lists abbreviations that are
     * French, Spanish or Italian grammar words ("de", "la", "il", "en", "sa"), and finds a base form for
     * accented words ("étoiles"), so a two-letter word counts only as a function word or a known story
     * word, and an accented word only when WordNet spells it so.
     */
    private static boolean isPlainEnglishWord(String lowerWord, WordNet wordNet) {
        if (isFunctionWord(lowerWord) || TWO_LETTER_WORDS.contains(lowerWord)) {
            return true;
        }
        if (lowerWord.length() <= 2) {
            return false;
        }
        for (int i = 0; i < lowerWord.length(); i++) {
            if (lowerWord.charAt(i) > 'z') {
                return false;
            }
        }
        return wordNet.isWord(lowerWord);
    }

    private static Finding judge(List<Token> tokens, WordNet wordNet, String what) {
        int words = 0;
        int english = 0;
        StringBuilder plain = new StringBuilder();
        for (Token token : tokens) {
            if (token.hero()) {
                continue;
            }
            plain.append(token.text()).append(' ');
            if (!Character.isLetter(token.lower().charAt(0))) {
                continue;
            }
            words++;
            if (isFunctionWord(token.lower()) || wordNet.isWord(token.lower())) {
                english++;
            }
        }
        // A page of a few words ("The end!") says too little to judge on its own.
        if (words == 0 || (!what.equals("the story") && words < MIN_PAGE_WORDS)) {
            return null;
        }
        double share = (double) english / words;
        if (share >= CLEARLY_ENGLISH) {
            // Nearly every word is English: no language identifier could make this a foreign text.
            return null;
        }
        LangIdV3 classifier = Holder.CLASSIFIER.get();
        classifier.reset();
        DetectedLanguage detected = classifier.classify(plain, true);
        boolean otherLanguage = !"en".equals(detected.langCode) && detected.confidence >= LANGID_CONFIDENCE;
        // A story may quote a few foreign words ("très bon, said Mum"), and on a short text the identifier
        // guesses; it decides alone only when a quarter of the words or more are not English.
        if (share < MIN_ENGLISH_SHARE || (otherLanguage && share < LANGID_ALONE_SHARE)) {
            return new Finding("language", true, detected.langCode, 1, String.format(Locale.ROOT,
                    "%s is not in English: %.0f%% of its words are English, and the language looks like %s",
                    what, share * 100, detected.langCode));
        }
        return null;
    }
}
