package io.storyweave.internal.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the phrases of a rule file over an analysed draft, sentence by sentence, and decides for
 * each find whether it rejects the draft: a find governed by a negation ("it does not hurt") or
 * just after a disarming word ("a toy sword") is skipped; a single word inside a compound noun
 * that means something else ("hot dog", "dead end", "water pistol") is skipped; a medium find is
 * kept but allowed when the request invites it or the child is old enough.
 */
final class PhraseScanner {
    private static final int DISARM_REACH = 2;

    private PhraseScanner() {
    }

    /**
     * @param text          the analysed draft
     * @param rules         the sections to run
     * @param vocabulary    word classes
     * @param age           the child's age
     * @param requestLemmas base forms of the words of the theme and interests
     * @return every find, blocking or not
     */
    static List<Finding> scan(AnalysedText text, SafetyRules rules, Vocabulary vocabulary, int age,
                              Set<String> requestLemmas) {
        List<RuleSection> sections = rules.sections();
        int count = sections.size();
        boolean[] skipped = new boolean[count];
        boolean[] invited = new boolean[count];
        int[] undoneAt = new int[count];
        for (int s = 0; s < count; s++) {
            RuleSection section = sections.get(s);
            undoneAt[s] = section.undoneAt(text);
            skipped[s] = section.excusedIn(text)
                    || (!section.needsInStory().isEmpty() && !text.hasAnyLemma(section.needsInStory()));
            invited[s] = section.severity() == RuleSection.Severity.MEDIUM
                    && (invites(section, requestLemmas) || (section.fromAge() > 0 && age >= section.fromAge()));
        }
        List<Finding> findings = new ArrayList<>();
        List<RuleIndex.Entry> reuse = new ArrayList<>();
        // Per section: the word at which it last found something; a stamp instead of clearing an array per word.
        int[] foundAt = new int[count];
        java.util.Arrays.fill(foundAt, -1);
        // Per section, for the sentence at hand: whether a word of it excuses the section's finds, and whether
        // it holds one of the words the section needs.
        BitSet excused = new BitSet(count);
        BitSet satisfied = new BitSet(count);
        // For sections of several aspects: per section, per page (or per story), the first quote of each aspect.
        Map<Integer, Map<Integer, Map<Integer, String>>> cues = new TreeMap<>();
        Map<Integer, Integer> firstCuePage = new java.util.HashMap<>();
        for (int sentenceIndex = 0; sentenceIndex < text.sentences().size(); sentenceIndex++) {
            int[] sentence = text.sentences().get(sentenceIndex);
            sentenceConditions(text, sentenceIndex, rules, excused, satisfied);
            for (int start = sentence[0]; start < sentence[1]; start++) {
                for (RuleIndex.Entry entry : rules.index().candidates(text.tokens().get(start),
                        start + 1 < sentence[1] ? text.tokens().get(start + 1) : null,
                        vocabulary.wordNetMask(text, start), reuse)) {
                    int s = entry.section();
                    if (skipped[s] || foundAt[s] == start
                            || (excused.get(s) && sections.get(s).excusable(entry.rule()))
                            || (!sections.get(s).needs().isEmpty() && !satisfied.get(s))) {
                        continue;
                    }
                    int end = entry.matchAt(text, start, sentence[1], vocabulary);
                    // An apology or invitation after the find undoes it; one inside it is the find's own words
                    // ("only people with nice frames can sit here").
                    if (end < 0 || undoneAt[s] >= end) {
                        continue;
                    }
                    RuleSection section = sections.get(s);
                    String quote = kept(text, section, entry.rule(), start, end, sentence[0], vocabulary);
                    if (quote == null) {
                        continue;
                    }
                    foundAt[s] = start;
                    int page = text.tokens().get(start).page();
                    if (section.cues() > 1) {
                        // A section of several aspects ("down the sight", "into the shoulder") counts only
                        // when enough of them meet on one page; one alone is an everyday phrase.
                        // Aspects that may meet anywhere in the draft are gathered under its first page with one.
                        int key = section.cuesAcrossStory() ? firstCuePage.computeIfAbsent(s, k -> page) : page;
                        cues.computeIfAbsent(s, k -> new TreeMap<>()).computeIfAbsent(key, k -> new LinkedHashMap<>())
                                .putIfAbsent(entry.rule().aspect(), quote);
                    } else {
                        findings.add(finding(section, invited[s], quote, page, requestLemmas));
                    }
                }
            }
        }
        cues.forEach((s, byPage) -> byPage.forEach((page, quotes) -> {
            if (sections.get(s).enoughCues(quotes.keySet())) {
                findings.add(finding(sections.get(s), invited[s], String.join(" ... ", quotes.values()), page,
                        requestLemmas));
            }
        }));
        return findings;
    }

    private static Finding finding(RuleSection section, boolean invited, String quote, int page, Set<String> requestLemmas) {
        return new Finding(section.check(), !invited, quote, page + 1,
                section.label() + (invited ? " (allowed: " + whyAllowed(section, requestLemmas) + ")" : ""));
    }

    /**
     * Works out once per sentence which sections it excuses (excused-by: a word of the sentence, not
     * written as a possessive, since "Dad's lighter" is no grown-up doing it) and which it satisfies
     * (needs: a word of the sentence, possessive or not). A quotation and the words saying who spoke it count as one
     * sentence here: "'Stay under as long as you can!' said the swimming teacher" is a lesson.
     */
    private static void sentenceConditions(AnalysedText text, int sentenceIndex, SafetyRules rules, BitSet excused,
                                           BitSet satisfied) {
        excused.clear();
        satisfied.clear();
        int[] utterance = text.utterance(sentenceIndex);
        for (int i = utterance[0]; i < utterance[1]; i++) {
            Token token = text.tokens().get(i);
            for (String lemma : token.lemmas()) {
                if (!token.possessive()) {
                    setAll(excused, rules.sectionsExcusedBy(lemma));
                }
                setAll(satisfied, rules.sectionsNeeding(lemma));
            }
        }
    }

    private static void setAll(BitSet bits, int[] sections) {
        if (sections != null) {
            for (int s : sections) {
                bits.set(s);
            }
        }
    }

    /** @return the quote to report, or {@code null} when the find is harmless in context */
    static String kept(AnalysedText text, RuleSection section, PhraseRule rule, int start, int end,
                               int sentenceStart, Vocabulary vocabulary) {
        Token first = text.tokens().get(start);
        if (section.negatable() && !rule.countsWhenNegated() && first.negated()) {
            return null;
        }
        for (int i = Math.max(sentenceStart, start - DISARM_REACH); i < start; i++) {
            if (disarms(section, text.tokens().get(i))) {
                return null;
            }
        }
        if (end < text.tokens().size() && text.tokens().get(end).sentence() == first.sentence()
                && disarms(section.defusedBy(), text.tokens().get(end))) {
            return null;
        }
        if (rule.singleWord()) {
            int[] compound = text.compoundAt(start);
            if (compound != null) {
                String phrase = text.phrase(compound[0], compound[1]);
                if (!rule.acceptsCompound(phrase, vocabulary)) {
                    return null;
                }
                for (int i = Math.max(sentenceStart, compound[0] - DISARM_REACH); i < compound[0]; i++) {
                    if (disarms(section, text.tokens().get(i))) {
                        return null;
                    }
                }
                return text.quote(compound[0], compound[1]);
            }
        }
        return text.quote(start, end);
    }

    private static boolean disarms(RuleSection section, Token token) {
        return disarms(section.disarmedBy(), token);
    }

    private static boolean disarms(Set<String> words, Token token) {
        return token.isAnyOf(words);
    }


    private static boolean invites(RuleSection section, Set<String> requestLemmas) {
        for (String word : section.invitedBy()) {
            if (requestLemmas.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static String whyAllowed(RuleSection section, Set<String> requestLemmas) {
        // Sorted: the sets' iteration order changes from one JVM to the next, the report must not.
        List<String> asked = section.invitedBy().stream().filter(requestLemmas::contains).sorted().toList();
        return asked.isEmpty() ? "fine from age " + section.fromAge() : "the request asks for " + String.join(", ", asked);
    }
}
