package io.storyweave.internal.safety;

import io.storyweave.Pronouns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the hero given the wrong pronouns ("[HERO] lands on the moon. He jumps high." for a girl).
 * Only a subject or reflexive pronoun counts, and only where the last person the story named was
 * the hero, in the same sentence or the one before: "[HERO] saw Dad. He waved." is about Dad.
 * Plural "they" is never counted against a hero who is she or he.
 */
final class HeroPronouns {
    private HeroPronouns() {
    }

    static List<Finding> find(AnalysedText text, Pronouns wanted, Vocabulary vocabulary) {
        Set<String> wrong = wrongForms(wanted);
        List<Finding> findings = new ArrayList<>();
        int heroSentence = Integer.MIN_VALUE;
        boolean heroLast = false;
        List<Token> tokens = text.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.hero()) {
                heroLast = true;
                heroSentence = token.sentence();
                continue;
            }
            if (isOtherPerson(text, i, vocabulary)) {
                heroLast = false;
                continue;
            }
            if (heroLast && wrong.contains(token.lower()) && token.sentence() - heroSentence <= 1) {
                findings.add(new Finding("pronouns", true, text.quote(i, i + 1), token.page() + 1,
                        "the hero is " + wanted.forms()));
            }
        }
        return findings;
    }

    private static Set<String> wrongForms(Pronouns wanted) {
        return switch (wanted) {
            case SHE -> Set.of("he", "himself");
            case HE -> Set.of("she", "herself");
            case THEY -> Set.of("he", "himself", "she", "herself");
        };
    }

    private static boolean isOtherPerson(AnalysedText text, int index, Vocabulary vocabulary) {
        return vocabulary.contains("NAME", text, index) || vocabulary.contains("PARENT", text, index)
                || vocabulary.contains("STRANGER", text, index) || vocabulary.contains("person", text, index);
    }
}
