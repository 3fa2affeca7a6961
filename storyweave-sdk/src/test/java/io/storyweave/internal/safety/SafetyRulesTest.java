package io.storyweave.internal.safety;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a rule line is read before its phrases are parsed. */
class SafetyRulesTest {
    private static String split(String text) {
        return SafetyRules.splitHyphens(new RuleText.Line("test.txt", 1, text)).text();
    }

    @Test
    void aHyphenatedWordIsTheWordsADraftIsCutInto() {
        assertThat(split("razor-sharp ... blade")).isEqualTo("razor sharp ... blade");
        assertThat(split("flick-knife|dagger")).isEqualTo("(flick knife|dagger)");
        assertThat(split("tell|told a? grown-up|grown-ups")).isEqualTo("tell|told a? (grown up|grown ups)");
        assertThat(split("(see-through|pale figure) ... wall")).isEqualTo("(see through|pale figure) ... wall");
        assertThat(split("=blood-orange")).isEqualTo("=blood =orange");
    }

    @Test
    void classesOptionalWordsDashesAndPlainLinesAreLeftAlone() {
        assertThat(split("{blade-weapon} ... {PERSON}")).isEqualTo("{blade-weapon} ... {PERSON}");
        assertThat(split("six-shooter? gun")).isEqualTo("six-shooter? gun");
        assertThat(split("stab {WHOM}")).isEqualTo("stab {WHOM}");
    }

    @Test
    void aHyphenatedRuleFindsTheHyphenatedWordInADraft() {
        SafetyChecks checks = SafetyChecks.get();
        AnalysedText text = AnalysedText.of("Day", java.util.List.of("At lunch they called [HERO] four-eyes."), checks.wordNet());
        assertThat(checks.check(text, new SafetyContext(7, java.util.List.of("a day"), java.util.List.of(), false, null,
                java.util.List.of(), null)).stream().filter(c -> c.name().equals("unsafe-bullying")).findFirst().orElseThrow()
                .detail()).contains("four eyes");
    }
    @Test
    void aRuleWordWithAPossessiveFindsThePossessiveInADraft() {
        // The draft's "teacher's" is the word "teacher" marked possessive; the rule's must read the same.
        SafetyChecks checks = SafetyChecks.get();
        AnalysedText text = AnalysedText.of("Day", java.util.List.of("What is your teacher's name?"), checks.wordNet());
        assertThat(checks.check(text, new SafetyContext(7, java.util.List.of("a day"), java.util.List.of(), false, null,
                java.util.List.of(), null)).stream().filter(c -> c.name().equals("personal-data")).findFirst().orElseThrow()
                .passed()).isFalse();
    }
    @Test
    void aRuleToldInThePastFindsThePresentOfAPictureBook() {
        // "{PARENT} did not come" and "{PARENT} was gone" in calm.txt; picture books are told in the present.
        SafetyChecks checks = SafetyChecks.get();
        for (String line : java.util.List.of("[HERO] calls and calls. Mum does not come.", "Where is Mum? Mum is gone.")) {
            AnalysedText text = AnalysedText.of("Day", java.util.List.of(line), checks.wordNet());
            assertThat(checks.check(text, new SafetyContext(4, java.util.List.of("the shop"), java.util.List.of(), false,
                    io.storyweave.AnxietyStyle.CALM, java.util.List.of(), null)).stream()
                    .filter(c -> c.name().equals("calm")).findFirst().orElseThrow().passed()).as(line).isFalse();
        }
    }
}
