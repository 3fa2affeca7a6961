package io.storyweave.internal.safety;

import java.util.Set;

/**
 * One word of a draft, as the checks see it.
 *
 * @param text        the word as written, possessive {@code 's} removed (so {@code [HERO]'s} is {@code [HERO]})
 * @param lower       {@code text} in lower case with straight apostrophes
 * @param lemmas      {@code lower} and every base form WordNet knows ("stabbed" also gives "stab")
 * @param page        0-based page, -1 for the title
 * @param sentence    0-based sentence index across the whole draft
 * @param hero        whether it is the hero placeholder
 * @param possessive  whether it was written with {@code 's} or {@code s'}
 * @param capitalised whether it starts with a capital letter
 * @param sentenceStart whether it is the first word of its sentence
 * @param negated     whether a negation ("not", "never", "nobody", "don't" ...) governs it
 */
public record Token(String text, String lower, Set<String> lemmas, int page, int sentence, boolean hero,
                    boolean possessive, boolean capitalised, boolean sentenceStart, boolean negated) {

    /**
     * @param word a lower-case base form
     * @return whether this token is that word in any inflection
     */
    public boolean is(String word) {
        return lemmas.contains(word);
    }

    /**
     * @param words lower-case base forms, usually many more than this token's few
     * @return whether this token is one of them in any inflection
     */
    public boolean isAnyOf(Set<String> words) {
        for (String lemma : lemmas) {
            if (words.contains(lemma)) {
                return true;
            }
        }
        return false;
    }
}
