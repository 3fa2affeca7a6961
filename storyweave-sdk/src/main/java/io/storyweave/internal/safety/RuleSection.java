package io.storyweave.internal.safety;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A block of a rule file: the check its phrases belong to and when a find rejects a draft.
 *
 * @param check      the check's name, e.g. {@code unsafe-weapons}
 * @param label      what a parent would call it, e.g. "weapons"
 * @param severity   {@code high}: always rejects; {@code medium}: rejects unless the request invites it
 * @param invitedBy  words of the theme or interests that make a medium find acceptable (a knight's sword)
 * @param fromAge    the age from which a medium find is acceptable, or 0 for never
 * @param disarmedBy words just before a find that make it harmless ("toy", "wooden", "water")
 * @param defusedBy  words just after a find that make it harmless ("dead tired", "the wind died down")
 * @param excusedBy  words anywhere in the same sentence that make a find harmless ("a secret" in a surprise); where
 *                   the first aspect is needed, only a find of that aspect (see {@link #excusable})
 * @param excusedInStory words anywhere in the draft that make a find harmless (an apology after teasing);
 *                   an entry "a+b" counts when all its words are there ("surprise+party"), an entry
 *                   "a b" (written a_b) when they are there in a row ("said sorry")
 * @param undoneBy   words (or a_b phrases) anywhere AFTER a find that undo it: an apology undoes the teasing
 *                   before it, not what follows (a teacher's "Be kind!" before the mockery excuses nothing),
 *                   and only when it is not denied ("nobody said sorry", "they didn't make room")
 * @param needs      words one of which the same sentence must hold for a find to count (empty: none needed)
 * @param needsInStory words one of which the draft must hold for a find to count (empty: none needed)
 * @param negatable  whether "not", "never" and the like before a find make it harmless ("it does not hurt")
 * @param names      for a topic described without its name: the words that name it ("spider"), matched
 *                   against what a topic to avoid covers (empty in other files)
 * @param cues       how many different lines (aspects) of the section one page must hold for them to count:
 *                   a topic described without its name, or harm told by its aspects (1: every find counts)
 * @param cuesAcrossStory whether the aspects may meet anywhere in the draft rather than on one page: harm told as a
 *                   story (a threat on one page, the child's fear on the next, the grown-up's praise of it at the end)
 * @param firstCueNeeded whether the section's first aspect must be among those found: the harm itself, where the
 *                   others only tell how it is framed (a child's fear and a grown-up's "it works" also end a
 *                   story about three slow breaths at the dentist)
 * @param rules      the phrases
 */
record RuleSection(String check, String label, Severity severity, Set<String> invitedBy, int fromAge,
                   Set<String> disarmedBy, Set<String> defusedBy, Set<String> excusedBy, StoryExcuses excusedInStory,
                   List<String[]> undoneBy, Set<String> needs, Set<String> needsInStory, boolean negatable, Set<String> names, int cues,
                   boolean cuesAcrossStory, boolean firstCueNeeded, List<PhraseRule> rules) {
    /**
     * @param aspects the aspects found on a page (or in the draft, for cues across the story)
     * @return whether they are enough to count: {@link #cues} of them, the first among them when it is needed
     */
    boolean enoughCues(Set<Integer> aspects) {
        return aspects.size() >= cues && (!firstCueNeeded || rules.isEmpty() || aspects.contains(rules.get(0).aspect()));
    }

    /**
     * Whether a word of {@link #excusedBy} in a find's sentence excuses the find of this rule. Where the first
     * aspect is the harm itself ({@link #firstCueNeeded}), the excuse judges only that aspect: a grown-up holding the
     * rope makes the climb safe, but "Dad laughed and said she was a genius" praises a dash across the track, and
     * a grown-up's approval is part of the harm, not an excuse for it.
     *
     * @param rule a rule of this section
     * @return whether a sentence's excusing word makes a find of it harmless
     */
    boolean excusable(PhraseRule rule) {
        return !firstCueNeeded || cues <= 1 || rules.isEmpty() || rule.aspect() == rules.get(0).aspect();
    }

    /** @return whether the draft holds a word, or all the words of an "a+b" entry, that excuse the section */
    boolean excusedIn(AnalysedText text) {
        return excusedInStory.foundIn(text);
    }

    /**
     * @param text the analysed draft
     * @return the last word of the draft at which one of {@link #undoneBy} stands, or -1: finds before it are undone
     */
    int undoneAt(AnalysedText text) {
        int last = -1;
        for (String[] entry : undoneBy) {
            last = Math.max(last, text.lastAffirmedIndexOf(entry));
        }
        return last;
    }

    /**
     * The words anywhere in a draft that excuse a section, split once when the rules load rather than
     * at every check.
     *
     * @param words   every entry, looked up as a base form
     * @param allOf   the "a+b" entries, each split into parts, each part into its alternatives ("gran|nana+missed
     *                her") and each alternative into its words: every part must be in the draft through one of its
     *                alternatives, one of several words ("grandpa+to remember him") as a phrase
     * @param phrases the "a b" entries: their words must stand in a row
     */
    record StoryExcuses(Set<String> words, List<String[][][]> allOf, List<String[]> phrases) {
        /** No excuse. */
        static final StoryExcuses NONE = new StoryExcuses(Set.of(), List.of(), List.of());

        /** @param entries the option's entries, as {@code SafetyRules} reads them @return them, split */
        static StoryExcuses of(Set<String> entries) {
            return new StoryExcuses(entries,
                    entries.stream().filter(e -> e.indexOf('+') > 0)
                            .map(e -> Arrays.stream(e.split("\\+"))
                                    .map(part -> Arrays.stream(part.split("\\|")).map(alternative -> alternative.split(" "))
                                            .toArray(String[][]::new))
                                    .toArray(String[][][]::new))
                            .toList(),
                    entries.stream().filter(e -> e.indexOf(' ') > 0 && e.indexOf('+') < 0).map(e -> e.split(" ")).toList());
        }

        boolean foundIn(AnalysedText text) {
            if (text.hasAnyLemma(words)) {
                return true;
            }
            for (String[][][] entry : allOf) {
                if (Arrays.stream(entry).allMatch(alternatives -> Arrays.stream(alternatives)
                        .anyMatch(words -> words.length > 1 ? text.hasPhrase(words) : text.hasLemma(words[0])))) {
                    return true;
                }
            }
            for (String[] entry : phrases) {
                if (text.hasPhrase(entry)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** How a find is treated. */
    enum Severity {
        HIGH, MEDIUM
    }
}
