package io.storyweave.internal.safety;

import io.storyweave.AnxietyStyle;
import io.storyweave.Pronouns;

import java.util.List;

/**
 * What the safety checks need to know about the request beyond the draft.
 *
 * @param age             the child's age
 * @param requestFields   the theme and interests as the parent typed them (they may invite a subject,
 *                        e.g. knights and swords, or hide an instruction)
 * @param topicsToAvoid   topics that must not appear
 * @param literalLanguage whether figurative language is ruled out
 * @param anxietyStyle    CALM rules out peril and fear; {@code null} when anxiety does not apply
 * @param realNames       the hero's and a profile's real names, which the draft must not hold
 * @param heroPronouns    the pronouns the hero must be given, or {@code null} when the request left them open
 */
public record SafetyContext(int age, List<String> requestFields, List<String> topicsToAvoid, boolean literalLanguage,
                            AnxietyStyle anxietyStyle, List<String> realNames, Pronouns heroPronouns) {
    /** Copies the lists. */
    public SafetyContext {
        requestFields = List.copyOf(requestFields);
        topicsToAvoid = List.copyOf(topicsToAvoid);
        realNames = List.copyOf(realNames);
    }

    /** A context that leaves the hero's pronouns open. */
    public SafetyContext(int age, List<String> requestFields, List<String> topicsToAvoid, boolean literalLanguage,
                         AnxietyStyle anxietyStyle, List<String> realNames) {
        this(age, requestFields, topicsToAvoid, literalLanguage, anxietyStyle, realNames, null);
    }
}
