package io.storyweave.internal.safety;

import io.storyweave.internal.prompt.PromptComposer;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft split once into sentences (the JDK's English sentence rules) and words, each word with
 * its WordNet base forms, negation and the multi-word WordNet entry it belongs to, so every check
 * reads the same analysis. {@code [HERO]} is one word, a name, and may carry a possessive.
 */
public final class AnalysedText {
    private static final Pattern TOKEN = Pattern.compile(
            "\\[HERO\\](?:['\u2019]s)?|[\\p{L}\\p{M}\\p{N}]+(?:['\u2019][\\p{L}\\p{M}]+)*['\u2019]?|[,;:\u2014\u2013()]|(?<=\\s)-(?=\\s)");
    private static final Set<String> NEGATORS = LookupSet.of("not", "no", "never", "nobody", "nothing", "none", "neither",
            "nor", "without", "nowhere", "cannot");
    private static final Set<String> CLAUSE_WORDS = LookupSet.of("but", "and", "so", "then", "because", "until", "when",
            "while", "if", "or");
    private static final int NEGATION_REACH = 3;
    /** A negated subject ("nothing", "nobody") whose verb comes later: "Nothing in there was scary". */
    private static final Set<String> NEGATED_SUBJECTS = LookupSet.of("nothing", "nobody", "none");
    private static final Set<String> LINKING_VERBS = LookupSet.of("was", "is", "were", "are", "felt", "feels", "seemed",
            "seems", "looked", "looks", "sounded", "sounds", "got", "gets");
    /** How far a negated subject reaches its verb: "Nothing in the whole cave was". */
    private static final int SUBJECT_REACH = 5;
    private static final Pattern QUESTION_END = Pattern.compile("\\?[\"'\u201D\u2019)\\s]*$");
    /**
     * A full stop, "!" or "?" after a word, then a space and a number: the JDK's sentence boundaries read
     * "costumes. 6 o'clock, the show starts." as one sentence (a number may follow an abbreviation), a story's
     * timetable as one long sentence (round 369).
     */
    private static final Pattern END_BEFORE_NUMBER = Pattern.compile("(?<=\\p{L}[.!?][\"'\u201D\u2019)]{0,2})\\s+(?=\\d)");

    private final String title;
    private final List<String> pages;
    private final List<Token> tokens;
    private final List<int[]> sentences;
    /** The sentences that end with a question mark, by index. */
    private final BitSet questions;
    /**
     * The sentences that say who spoke the quotation ending the sentence before them, by index: "'Stay under as long
     * as you can!' said the swimming teacher." is two sentences by the JDK's rules (and for reading level), one thing
     * said.
     */
    private final BitSet attributions;
    /** For each token, the index one past the last token of the WordNet entry it starts, or -1. */
    private final int[] compoundEnd;
    /** For each token, the start index of the WordNet entry that covers it, or -1. */
    private final int[] compoundStart;

    private AnalysedText(String title, List<String> pages, List<Token> tokens, List<int[]> sentences, BitSet questions,
                         BitSet attributions, int[] compoundEnd, int[] compoundStart) {
        this.title = title;
        this.pages = pages;
        this.tokens = tokens;
        this.sentences = sentences;
        this.questions = questions;
        this.attributions = attributions;
        this.compoundEnd = compoundEnd;
        this.compoundStart = compoundStart;
    }

    /**
     * @param title   the draft's title
     * @param pages   the page texts
     * @param wordNet base forms and multi-word entries
     * @return the analysis
     */
    public static AnalysedText of(String title, List<String> pages, WordNet wordNet) {
        List<Token> tokens = new ArrayList<>();
        List<int[]> sentences = new ArrayList<>();
        BitSet questions = new BitSet();
        BitSet attributions = new BitSet();
        split(title, -1, wordNet, tokens, sentences, questions, attributions);
        for (int page = 0; page < pages.size(); page++) {
            split(pages.get(page), page, wordNet, tokens, sentences, questions, attributions);
        }
        int[] end = new int[tokens.size()];
        int[] start = new int[tokens.size()];
        java.util.Arrays.fill(end, -1);
        java.util.Arrays.fill(start, -1);
        markCompounds(tokens, wordNet, end, start);
        return new AnalysedText(title, List.copyOf(pages), List.copyOf(tokens), List.copyOf(sentences), questions,
                attributions, end, start);
    }

    private static void split(String text, int page, WordNet wordNet, List<Token> tokens, List<int[]> sentences,
                              BitSet questions, BitSet attributions) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(text);
        int from = boundaries.first();
        int firstOfText = sentences.size();
        List<Integer> ends = new ArrayList<>();
        for (int to = boundaries.next(); to != BreakIterator.DONE; from = to, to = boundaries.next()) {
            Matcher inner = END_BEFORE_NUMBER.matcher(text).region(from, to);
            while (inner.find()) {
                ends.add(inner.end());
            }
            ends.add(to);
        }
        from = boundaries.first();
        for (int to : ends) {
            int first = tokens.size();
            tokenise(text.substring(from, to), page, sentences.size(), wordNet, tokens);
            if (tokens.size() > first) {
                if (QUESTION_END.matcher(text.substring(from, to)).find()) {
                    questions.set(sentences.size());
                }
                if (sentences.size() > firstOfText && saysWhoSpoke(text, from, to)) {
                    attributions.set(sentences.size());
                }
                sentences.add(new int[]{first, tokens.size()});
            }
            from = to;
        }
    }

    /**
     * Whether the sentence from {@code from} to {@code to} says who spoke the quotation just before it: the quotation
     * ends in "!" or "?" and this sentence goes on in lower case ("said the swimming teacher").
     */
    private static boolean saysWhoSpoke(String text, int from, int to) {
        int end = from;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int quote = end;
        while (quote > 0 && "\"'\u201D\u2019".indexOf(text.charAt(quote - 1)) >= 0) {
            quote--;
        }
        if (quote == end || quote == 0 || "!?".indexOf(text.charAt(quote - 1)) < 0) {
            return false;
        }
        int next = from;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        return next < to && Character.isLowerCase(text.charAt(next));
    }

    private static void tokenise(String sentence, int page, int sentenceIndex, WordNet wordNet, List<Token> out) {
        Matcher m = TOKEN.matcher(sentence);
        int sinceNegation = Integer.MAX_VALUE;
        int sinceNegatedSubject = Integer.MAX_VALUE;
        boolean first = true;
        while (m.find()) {
            String raw = m.group();
            char c = raw.charAt(0);
            if (!Character.isLetterOrDigit(c) && c != '[') {
                sinceNegation = Integer.MAX_VALUE; // punctuation ends a clause, and the reach of a negation
                sinceNegatedSubject = Integer.MAX_VALUE;
                continue;
            }
            String straight = raw.replace('\u2019', '\'');
            boolean possessive = false;
            if ((straight.endsWith("'s") || straight.endsWith("'S")) && !isContraction(straight)) {
                straight = straight.substring(0, straight.length() - 2);
                possessive = true;
            } else if (straight.endsWith("'")) {
                straight = straight.substring(0, straight.length() - 1);
                // "Some people say 'kill the lights'." closes a quotation; "the girls' bikes" is a possessive.
                possessive = !closesQuotation(sentence, m.start(), m.end());
            }
            boolean hero = straight.equals(PromptComposer.HERO_PLACEHOLDER);
            String lower = straight.toLowerCase(Locale.ROOT);
            boolean negator = NEGATORS.contains(lower) || lower.endsWith("n't");
            if (CLAUSE_WORDS.contains(lower)) {
                sinceNegation = Integer.MAX_VALUE;
                sinceNegatedSubject = Integer.MAX_VALUE;
            }
            // "can't wait to", "could not wait to" are eagerness, not a negation of what follows.
            boolean eager = lower.equals("wait") && sinceNegation == 1;
            boolean negated = !negator && !eager && sinceNegation <= NEGATION_REACH;
            Set<String> lemmas = hero ? Set.of(lower) : wordNet.baseForms(lower);
            out.add(new Token(straight, lower, lemmas, page, sentenceIndex, hero, possessive,
                    Character.isUpperCase(c), first, negated));
            first = false;
            sinceNegation = negator ? 1 : (eager || sinceNegation == Integer.MAX_VALUE ? Integer.MAX_VALUE : sinceNegation + 1);
            // "Nothing in there was scary": the verb of a negated subject carries the negation to what it says, however
            // far the subject is (round 314's calm cave); "Nobody saw him take the knife" has no such verb.
            if (LINKING_VERBS.contains(lower) && sinceNegatedSubject <= SUBJECT_REACH) {
                sinceNegation = 1;
            }
            sinceNegatedSubject = NEGATED_SUBJECTS.contains(lower) ? 1
                    : sinceNegatedSubject == Integer.MAX_VALUE ? Integer.MAX_VALUE : sinceNegatedSubject + 1;
        }
    }

    /**
     * A word's trailing apostrophe closes a single-quoted stretch when punctuation or the end of the
     * sentence follows it and a quotation was opened before it in the sentence ("say 'kill the lights'.").
     */
    private static boolean closesQuotation(String sentence, int start, int end) {
        if (end < sentence.length() && ".,;:!?)\"\u201d".indexOf(sentence.charAt(end)) < 0) {
            return false;
        }
        for (int i = start - 1; i >= 0; i--) {
            char c = sentence.charAt(i);
            if ((c == '\'' || c == '\u2018') && i + 1 < sentence.length() && Character.isLetter(sentence.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param lowerWord a lower-case word
     * @return the word without its possessive {@code 's} ("teacher's" is "teacher"), contractions kept
     *         ("it's"), as a draft's words are read; rule and request words are read the same way
     */
    static String withoutPossessive(String lowerWord) {
        return lowerWord.endsWith("'s") && !isContraction(lowerWord) ? lowerWord.substring(0, lowerWord.length() - 2)
                : lowerWord;
    }

    private static boolean isContraction(String word) {
        // "it's", "that's", "he's", "there's", "let's" are not possessives.
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "it's", "that's", "he's", "she's", "there's", "here's", "what's", "who's", "let's", "where's" -> true;
            default -> false;
        };
    }

    /** Marks two- and three-word WordNet nouns ("hot dog", "butter knife", "root beer") within a sentence. */
    private static void markCompounds(List<Token> tokens, WordNet wordNet, int[] end, int[] start) {
        for (int i = 0; i < tokens.size(); i++) {
            if (start[i] >= 0 || tokens.get(i).hero()) {
                continue;
            }
            for (int length = 3; length >= 2; length--) {
                int last = i + length - 1;
                if (last >= tokens.size() || tokens.get(last).sentence() != tokens.get(i).sentence()) {
                    continue;
                }
                StringBuilder phrase = new StringBuilder(tokens.get(i).lower());
                boolean plain = !tokens.get(i).possessive();
                for (int k = i + 1; k <= last; k++) {
                    Token t = tokens.get(k);
                    plain &= !t.hero() && (k == last || !t.possessive());
                    phrase.append(' ').append(t.lower());
                }
                if (plain && wordNet.isNoun(phrase.toString())) {
                    end[i] = last + 1;
                    for (int k = i; k <= last; k++) {
                        start[k] = i;
                    }
                    break;
                }
            }
        }
    }

    /** Which tokens belong to each word class (by class number), worked out once per class for this draft. */
    private java.util.BitSet[] classMembers = new java.util.BitSet[0];

    /** @param id a class number @return the tokens of this draft in the class, or {@code null} when not yet worked out */
    java.util.BitSet knownMembers(int id) {
        return id < classMembers.length ? classMembers[id] : null;
    }

    /**
     * @param id         a class number
     * @param classCount how many classes there are
     * @param membership decides for one token, asked at most once per token and class
     * @return the tokens of this draft in the class
     */
    java.util.BitSet members(int id, int classCount, java.util.function.IntPredicate membership) {
        if (id >= classMembers.length) {
            classMembers = java.util.Arrays.copyOf(classMembers, Math.max(id + 1, classCount));
        }
        java.util.BitSet known = classMembers[id];
        if (known == null) {
            known = new java.util.BitSet(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                if (membership.test(i)) {
                    known.set(i);
                }
            }
            classMembers[id] = known;
        }
        return known;
    }

    private int[][] classPhraseLengths = new int[0][];

    /**
     * @param id         a class number
     * @param classCount how many classes there are
     * @param length     how many words from a token a member of several words of the class takes (0: none),
     *                   asked at most once per token and class
     * @return per token, that length
     */
    int[] phraseLengths(int id, int classCount, java.util.function.IntUnaryOperator length) {
        if (id >= classPhraseLengths.length) {
            classPhraseLengths = java.util.Arrays.copyOf(classPhraseLengths, Math.max(id + 1, classCount));
        }
        int[] known = classPhraseLengths[id];
        if (known == null) {
            known = new int[tokens.size()];
            for (int i = 0; i < known.length; i++) {
                known[i] = length.applyAsInt(i);
            }
            classPhraseLengths[id] = known;
        }
        return known;
    }

    private Set<String> storyLemmas;
    private Set<String> introducedNames;
    private Set<String> namesInsideSentences;
    private Set<String> namesStandingAlone;

    /**
     * @param token a word of the draft
     * @return whether it is written with a capital and the story gave that word as a name ("a greyhound
     *         called Bullet", "a pony named Rocket"), so that "Bullet opened one eye" at the start of a
     *         sentence is the dog too, not the thing WordNet files the word under
     */
    boolean isIntroducedName(Token token) {
        return token.capitalised() && introducedNames().contains(token.lower());
    }

    /**
     * @param token a word of the draft
     * @return whether it is written with a capital and the story writes the same word with a capital inside a
     *         sentence of its pages too ("Every time Oskar walked over ..."), so that "Oskar ate alone" at the
     *         start of a sentence is that person; whether the word is an everyday one is for the caller to ask
     */
    boolean isWrittenAsANameElsewhere(Token token) {
        if (!token.capitalised()) {
            return false;
        }
        findNamesInsideSentences();
        return namesInsideSentences.contains(token.lower());
    }

    /**
     * @param token a word of the draft
     * @return whether the story's pages never write the word in lower case and write it with a capital inside a
     *         sentence on its own, not in a run of capitalised words such as a title ("We read Soon Comes Spring"):
     *         then it is someone's name even when it is an everyday word too ("Pip", "Mei", "Rose")
     */
    boolean isWrittenOnlyAsAName(Token token) {
        findNamesInsideSentences();
        return namesStandingAlone.contains(token.lower());
    }

    /**
     * Works out, in one pass over the pages, the words written with a capital inside a sentence and which of them
     * stand alone there and never in lower case.
     */
    private void findNamesInsideSentences() {
        if (namesInsideSentences != null) {
            return;
        }
        Set<String> inside = new HashSet<>();
        Set<String> alone = new HashSet<>();
        Set<String> lower = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token word = tokens.get(i);
            if (word.page() < 0) {
                continue;
            }
            if (!word.capitalised()) {
                lower.add(word.lower());
            } else if (isCapitalisedInsideSentence(word)) {
                inside.add(word.lower());
                if (!isCapitalisedInsideSentence(i + 1, word.sentence())
                        && !isCapitalisedInsideSentence(i - 1, word.sentence())) {
                    alone.add(word.lower());
                }
            }
        }
        alone.removeAll(lower);
        namesStandingAlone = alone;
        namesInsideSentences = inside;
    }

    private boolean isCapitalisedInsideSentence(int index, int sentence) {
        return index >= 0 && index < tokens.size() && tokens.get(index).sentence() == sentence
                && isCapitalisedInsideSentence(tokens.get(index));
    }

    private static boolean isCapitalisedInsideSentence(Token word) {
        return word.capitalised() && !word.sentenceStart() && !word.hero();
    }

    private Set<String> introducedNames() {
        if (introducedNames == null) {
            Set<String> names = new HashSet<>();
            for (int i = 1; i < tokens.size(); i++) {
                Token word = tokens.get(i);
                String before = tokens.get(i - 1).lower();
                if (word.capitalised() && !word.sentenceStart() && !word.hero() && word.sentence() == tokens.get(i - 1).sentence()
                        && (before.equals("called") || before.equals("named"))) {
                    names.add(word.lower());
                }
            }
            introducedNames = names;
        }
        return introducedNames;
    }

    /**
     * @param words lower-case words, the first and last in any inflection ("said sorry", "say sorry")
     * @return whether the draft has them in a row within a sentence
     */
    boolean hasPhrase(String[] words) {
        return lastIndexOf(words) >= 0;
    }

    /**
     * @param words lower-case words, as for {@link #hasPhrase}
     * @return the last word at which they stand in a row within a sentence, or -1
     */
    int lastIndexOf(String[] words) {
        return lastIndexOf(words, false);
    }

    /**
     * @param words lower-case words, as for {@link #hasPhrase}
     * @return the last word at which they stand in a row within a sentence and are not denied ("nobody said
     *         sorry", "the circle didn't make room"), or -1; a question ("why don't you sit with us?") is
     *         an offer, not a denial
     */
    int lastAffirmedIndexOf(String[] words) {
        return lastIndexOf(words, true);
    }

    private int lastIndexOf(String[] words, boolean affirmedOnly) {
        // Most drafts lack one of the words altogether: no need to walk the tokens then.
        for (String word : words) {
            if (!hasLemma(word)) {
                return -1;
            }
        }
        for (int i = tokens.size() - words.length; i >= 0; i--) {
            int k = 0;
            while (k < words.length && tokens.get(i + k).sentence() == tokens.get(i).sentence()
                    && (tokens.get(i + k).lower().equals(words[k]) || tokens.get(i + k).is(words[k]))
                    && !opensSpeech(tokens.get(i), tokens.get(i + k), k)) {
                k++;
            }
            if (k == words.length && !(affirmedOnly && tokens.get(i).negated() && !questions.get(tokens.get(i).sentence()))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A capital inside a sentence starts what someone says: "[HERO] said, 'Sorry, it's full'" is no
     * "said sorry" but a refusal; "I" is always written so. A phrase that itself starts with a capital
     * inside its sentence is a name or a label in title case ("a cake called Death by Chocolate").
     */
    private static boolean opensSpeech(Token first, Token token, int place) {
        return place > 0 && token.capitalised() && !token.lower().equals("i")
                && !(first.capitalised() && !first.sentenceStart());
    }

    /**
     * @param words base forms
     * @return whether any word of the draft has one of them as a base form; story-wide conditions of
     *         rule sections ask this, and a set of the draft's base forms answers in a few lookups
     *         what a walk over every word answered in hundreds
     */
    boolean hasAnyLemma(Set<String> words) {
        return !words.isEmpty() && anyOf(words, storyLemmas());
    }

    /** @param word a base form @return whether a word of the draft has it as a base form */
    boolean hasLemma(String word) {
        return storyLemmas().contains(word);
    }

    private Set<String> storyLemmas() {
        if (storyLemmas == null) {
            storyLemmas = lemmasOf(0, tokens.size());
        }
        return storyLemmas;
    }

    /** Walks the smaller set and looks each up in the larger: a section may list fifty excusing words. */
    private static boolean anyOf(Set<String> words, Set<String> lemmas) {
        Set<String> small = words.size() <= lemmas.size() ? words : lemmas;
        Set<String> large = small == words ? lemmas : words;
        for (String word : small) {
            if (large.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> lemmasOf(int from, int to) {
        Set<String> all = new HashSet<>();
        for (int i = from; i < to; i++) {
            all.addAll(tokens.get(i).lemmas());
        }
        return all;
    }

    private long[] wordNetMasks;

    /**
     * @param index   a token
     * @param classes the WordNet classes
     * @return the WordNet classes its word belongs to, as bits (see {@link WordClasses#mask(String)})
     */
    long wordNetMask(int index, WordClasses classes) {
        if (wordNetMasks == null) {
            wordNetMasks = new long[tokens.size()];
            java.util.Arrays.fill(wordNetMasks, -1L);
        }
        if (wordNetMasks[index] == -1L) {
            wordNetMasks[index] = classes.mask(tokens.get(index).lower());
        }
        return wordNetMasks[index];
    }

    /** @return the title */
    public String title() {
        return title;
    }

    /** @return the page texts */
    public List<String> pages() {
        return pages;
    }

    /** @return every word, title first, then the pages in order */
    public List<Token> tokens() {
        return tokens;
    }

    /** @return each sentence as {@code [firstToken, endToken)} */
    public List<int[]> sentences() {
        return sentences;
    }

    /**
     * @param sentence a sentence's index
     * @return the tokens of what was said in it, as {@code [first, end)}: the sentence with the one that says who spoke
     *         its quotation ("'Stay under as long as you can!' said the swimming teacher"), or with the quotation whose
     *         speaker it names
     */
    public int[] utterance(int sentence) {
        int first = attributions.get(sentence) ? sentence - 1 : sentence;
        int last = sentence + 1 < sentences.size() && attributions.get(sentence + 1) ? sentence + 1 : sentence;
        return new int[]{sentences.get(first)[0], sentences.get(last)[1]};
    }

    /**
     * @param index a token index
     * @return {@code [start, end)} of the WordNet multi-word entry covering it, or {@code null}
     */
    public int[] compoundAt(int index) {
        int s = compoundStart[index];
        return s < 0 ? null : new int[]{s, compoundEnd[s]};
    }

    /**
     * @param from first token
     * @param to   one past the last token
     * @return the words in lower case joined by single spaces
     */
    public String phrase(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(' ');
            }
            out.append(tokens.get(i).lower());
        }
        return out.toString();
    }

    /**
     * @param from first token
     * @param to   one past the last token
     * @return the phrase in lower case with its last word in each of its base forms ("hot dogs" gives
     *         "hot dogs" and "hot dog")
     */
    public Set<String> phraseForms(int from, int to) {
        String head = to - 1 > from ? phrase(from, to - 1) + " " : "";
        Set<String> forms = new java.util.LinkedHashSet<>();
        for (String lemma : tokens.get(to - 1).lemmas()) {
            forms.add(head + lemma);
        }
        return forms;
    }

    /**
     * @param from first token
     * @param to   one past the last token
     * @return the words as written, for a parent to read in a report
     */
    public String quote(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                out.append(' ');
            }
            Token t = tokens.get(i);
            out.append(t.text()).append(t.possessive() ? "'s" : "");
        }
        return out.toString();
    }
}
