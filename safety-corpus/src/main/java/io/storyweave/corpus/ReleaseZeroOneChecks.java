package io.storyweave.corpus;

import io.storyweave.AnxietyStyle;
import io.storyweave.StoryRequest;
import io.storyweave.internal.json.JsonArray;
import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonTrees;
import io.storyweave.internal.json.JsonValue;
import io.storyweave.internal.rules.RuleBook;
import io.storyweave.internal.rules.StoryRules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline the corpus is measured against in the same run: StoryWeave 0.1's local checks, as
 * they were before the child-safety layer (plain word lists matched on plural-folded words, the
 * regular-expression sentence split, Flesch–Kincaid without tolerance), ported here from the 0.1
 * source with its four word lists ({@code safety-corpus-baseline/}). It judges a draft's text
 * directly; it never runs in the SDK.
 */
public final class ReleaseZeroOneChecks {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:'[\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?\u2026])[\"'\u201d\u2019)]*\\s+");
    private static final Pattern STATS_WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$");
    private static final List<List<String>> IDIOMS = list("idioms.txt");
    private static final List<List<String>> PERIL = list("peril-words.txt");
    private static final List<List<String>> COPING = list("coping-steps.txt");
    private static final List<List<String>> UNSAFE = list("unsafe-words.txt");

    private ReleaseZeroOneChecks() {
    }

    /**
     * @param entry a corpus entry
     * @return the names of the 0.1 checks its answer fails (empty: 0.1 would have accepted it)
     */
    public static List<String> failures(CorpusEntry entry) {
        JsonObject answer;
        try {
            answer = (JsonObject) JsonTrees.read(entry.answerJson());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String title = answer.get("title") == null ? "" : answer.get("title").asText();
        List<String> pages = new ArrayList<>();
        for (JsonValue page : (JsonArray) answer.get("pages")) {
            JsonValue text = ((JsonObject) page).get("text");
            pages.add(text == null ? "" : text.asText());
        }
        StoryRequest request = entry.request();
        StoryRules rules = RuleBook.standard().rulesFor(request);
        String text = String.join("\n\n", pages);
        List<String> words = words(title + "\n\n" + text);
        List<String> failed = new ArrayList<>();
        if (title.isBlank()) {
            failed.add("title");
        }
        if (pages.size() != request.pages()) {
            failed.add("page-count");
        }
        int[] whole = stats(text);
        if (whole[3] > rules.maxSentenceWords()) {
            failed.add("sentence-length");
        }
        for (String page : pages) {
            if (stats(page)[0] > rules.maxPageWords()) {
                failed.add("page-length");
                break;
            }
        }
        double grade = whole[0] == 0 || whole[1] == 0 ? 0
                : 0.39 * ((double) whole[0] / whole[1]) + 11.8 * ((double) whole[2] / whole[0]) - 15.59;
        if (grade > rules.targetGrade()) {
            failed.add("readability");
        }
        if (rules.readerQuestionEveryPage() && pages.stream().anyMatch(p -> !p.contains("?"))) {
            failed.add("reader-question");
        }
        if (rules.literalLanguage() && found(IDIOMS, words)) {
            failed.add("literal-language");
        }
        if (!rules.topicsToAvoid().isEmpty()) {
            List<List<String>> topics = rules.topicsToAvoid().stream().map(ReleaseZeroOneChecks::words).toList();
            if (found(topics, words)) {
                failed.add("topics-to-avoid");
            }
        }
        if (rules.anxietyStyle() == AnxietyStyle.CALM && found(PERIL, words)) {
            failed.add("calm");
        }
        if (rules.anxietyStyle() == AnxietyStyle.COPING && !found(COPING, words)) {
            failed.add("coping-step");
        }
        if (found(UNSAFE, words)) {
            failed.add("child-safe");
        }
        if (!text.contains("[HERO]")) {
            failed.add("hero-placeholder");
        }
        return failed;
    }

    private static boolean found(List<List<String>> phrases, List<String> words) {
        for (List<String> phrase : phrases) {
            for (int start = 0; start + phrase.size() <= words.size(); start++) {
                if (words.subList(start, start + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words, sentences, syllables, longest sentence: 0.1's TextStats. */
    private static int[] stats(String text) {
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        int longest = 0;
        for (String sentence : SENTENCE_END.split(text.strip())) {
            int count = 0;
            Matcher m = STATS_WORD.matcher(sentence);
            while (m.find()) {
                count++;
                syllables += syllables(m.group());
            }
            if (count > 0) {
                sentences++;
                words += count;
                longest = Math.max(longest, count);
            }
        }
        return new int[] {words, sentences, syllables, longest};
    }

    // 0.1's counter, kept as it was: the SDK's TextStats holds the same lines today, but a baseline that
    // followed the SDK's later changes would no longer measure 0.1.
    private static int syllables(String word) {
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

    /** 0.1's normalisation: lower case, straight apostrophes, plurals folded to the singular. */
    static List<String> words(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(singular(m.group()));
        }
        return out;
    }

    private static String singular(String word) {
        int n = word.length();
        if (n > 4 && word.endsWith("es") && (word.endsWith("xes") || word.endsWith("zes") || word.endsWith("ches")
                || word.endsWith("shes") || word.endsWith("sses"))) {
            return word.substring(0, n - 2);
        }
        if (n > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("'s")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    private static List<List<String>> list(String name) {
        List<List<String>> phrases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ReleaseZeroOneChecks.class.getResourceAsStream("/safety-corpus-baseline/" + name), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> phrases.add(words(l)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return phrases;
    }
}
