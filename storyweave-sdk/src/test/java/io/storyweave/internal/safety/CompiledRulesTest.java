package io.storyweave.internal.safety;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule files compiled at build time read back as exactly the rules their text parses to, and only then. */
class CompiledRulesTest {
    private static final Vocabulary VOCABULARY = Vocabulary.load(SafetyChecks.get().wordNet());

    @Test
    void everyShippedRuleFileReadsBackFromItsCompiledFormAsItsTextParses() {
        for (String file : SafetyRules.FILES) {
            byte[] text = RuleText.bytes(file);
            SafetyRules parsed = SafetyRules.parse(RuleText.lines(file, text), VOCABULARY);
            List<RuleSection> compiled = CompiledRules.read(CompiledRules.write(parsed.sections(), text),
                    CompiledRules.checksum(text), VOCABULARY);
            assertThat(compiled).as(file).isNotNull();
            assertThat(describe(compiled)).as(file).isEqualTo(describe(parsed.sections()));
        }
    }

    @Test
    void theBuildShipsACurrentCompiledFormOfEveryRuleFileAndTheChecksLoadIt() {
        // Maven compiles the rules after the classes (the pom's compile-safety-rules step); a test runs after it.
        for (String file : SafetyRules.FILES) {
            byte[] text = RuleText.bytes(file);
            List<RuleSection> shipped = CompiledRules.readIfCurrent(file, text, VOCABULARY);
            assertThat(shipped).as(file + CompiledRules.SUFFIX + ": run mvn process-classes to compile the rules").isNotNull();
            assertThat(describe(shipped)).as(file)
                    .isEqualTo(describe(SafetyRules.parse(RuleText.lines(file, text), VOCABULARY).sections()));
        }
    }

    @Test
    void aCompiledFormOfOtherTextIsNotReadAndTheTextIsParsedInstead() {
        byte[] before = "[unsafe-weapons high]\nsword\n".getBytes(StandardCharsets.UTF_8);
        byte[] after = "[unsafe-weapons high]\nsword\ndagger\n".getBytes(StandardCharsets.UTF_8);
        byte[] compiledBefore = CompiledRules.write(
                SafetyRules.parse(RuleText.lines("test.txt", before), VOCABULARY).sections(), before);

        assertThat(CompiledRules.read(compiledBefore, CompiledRules.checksum(before), VOCABULARY)).isNotNull();
        assertThat(CompiledRules.read(compiledBefore, CompiledRules.checksum(after), VOCABULARY)).isNull();
        assertThat(CompiledRules.readIfCurrent("no-such-rules.txt", after, VOCABULARY)).isNull();
    }

    @Test
    void aCompiledFormWrittenByAnotherVersionOfTheFormatIsNotRead() {
        byte[] text = "[unsafe-weapons high]\nsword\n".getBytes(StandardCharsets.UTF_8);
        byte[] compiled = CompiledRules.write(SafetyRules.parse(RuleText.lines("test.txt", text), VOCABULARY).sections(), text);
        compiled[3]++;
        assertThat(CompiledRules.read(compiled, CompiledRules.checksum(text), VOCABULARY)).isNull();
        assertThat(CompiledRules.read(new byte[3], CompiledRules.checksum(text), VOCABULARY)).isNull();
    }

    @Test
    void aDamagedCompiledFormIsNotReadAndTheTextIsParsedInstead() {
        byte[] text = RuleText.bytes("calm.txt");
        byte[] compiled = CompiledRules.write(SafetyRules.parse(RuleText.lines("calm.txt", text), VOCABULARY).sections(), text);
        byte[] truncated = java.util.Arrays.copyOf(compiled, compiled.length / 2);
        assertThatThrownBy(() -> CompiledRules.read(truncated, CompiledRules.checksum(text), VOCABULARY))
                .isInstanceOf(RuntimeException.class);
        assertThat(CompiledRules.readOrNull("calm.txt", truncated, CompiledRules.checksum(text), VOCABULARY)).isNull();
        assertThat(CompiledRules.readOrNull("calm.txt", compiled, CompiledRules.checksum(text), VOCABULARY)).isNotNull();
    }

    @Test
    void oneRuleFileAlwaysCompilesToTheSameBytes() {
        // A reproducible build: the jar's bytes may not depend on the order of a hash set.
        byte[] text = RuleText.bytes("unsafe-content.txt");
        byte[] first = CompiledRules.write(SafetyRules.parse(RuleText.lines("unsafe-content.txt", text), VOCABULARY).sections(), text);
        byte[] second = CompiledRules.write(SafetyRules.parse(RuleText.lines("unsafe-content.txt", text), VOCABULARY).sections(), text);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void compiledRulesFindWhatTheParsedRulesFindAcrossEveryOption() {
        byte[] text = String.join("\n", "@sorry=sorry,said_sorry", "[unsafe-bullying high undone-by=@sorry excused-in-story=surprise+party]",
                "!{PERSON} ... laughed at (her|him)", "called him =Stinky?", "[unsafe-threat high cues=2 cues-on=story first-cue=needed]",
                "or (else|we leave)", "+ you will be sorry", "she trembled").getBytes(StandardCharsets.UTF_8);
        SafetyRules parsed = SafetyRules.parse(RuleText.lines("test.txt", text), VOCABULARY);
        SafetyRules compiled = SafetyRules.of(CompiledRules.read(CompiledRules.write(parsed.sections(), text),
                CompiledRules.checksum(text), VOCABULARY), VOCABULARY);

        assertThat(describe(compiled.sections())).isEqualTo(describe(parsed.sections()));
        assertThat(compiled.sections().get(1).rules()).extracting(PhraseRule::aspect).containsExactly(6, 6, 6, 8);
        // Mocking found; undone by an apology after it; a threat and the fright pages apart; a fright with no threat.
        Map<List<String>, Integer> findsByStory = new LinkedHashMap<>();
        findsByStory.put(List.of("The big boy laughed at her. Everyone called him Stinky."), 2);
        findsByStory.put(List.of("The big boy laughed at her.", "Later he said sorry."), 0);
        findsByStory.put(List.of("Tidy up, or else.", "She trembled and tidied."), 1);
        findsByStory.put(List.of("She trembled at the thunder. Then she took three slow breaths."), 0);
        findsByStory.forEach((pages, finds) -> {
            AnalysedText story = AnalysedText.of("Day", pages, SafetyChecks.get().wordNet());
            List<Finding> found = PhraseScanner.scan(story, compiled, VOCABULARY, 7, Set.of());
            assertThat(found).as(pages.toString()).hasSize(finds).isEqualTo(PhraseScanner.scan(story, parsed, VOCABULARY, 7, Set.of()));
        });
    }

    /** Everything a check reads from the sections, in one comparable text: options sorted, phrases in order. */
    static String describe(List<RuleSection> sections) {
        List<String> out = new ArrayList<>();
        for (RuleSection s : sections) {
            out.add("[" + s.check() + " " + s.label() + " " + s.severity() + " from-age=" + s.fromAge() + " cues=" + s.cues()
                    + " negatable=" + s.negatable() + " across=" + s.cuesAcrossStory() + " first=" + s.firstCueNeeded()
                    + " invited=" + sorted(s.invitedBy()) + " disarmed=" + sorted(s.disarmedBy()) + " defused=" + sorted(s.defusedBy())
                    + " excused=" + sorted(s.excusedBy()) + " in-story=" + sorted(s.excusedInStory().words())
                    + " all-of=" + sorted(s.excusedInStory().allOf().stream()
                            .map(parts -> String.join("+", Arrays.stream(parts).map(alternatives -> String.join("|",
                                    Arrays.stream(alternatives).map(words -> String.join(" ", words)).toList())).toList())).toList())
                    + " phrases=" + sorted(s.excusedInStory().phrases().stream().map(w -> String.join(" ", w)).toList())
                    + " undone=" + sorted(s.undoneBy().stream().map(w -> String.join(" ", w)).toList())
                    + " needs=" + sorted(s.needs()) + " needs-in-story=" + sorted(s.needsInStory()) + " names=" + sorted(s.names()) + "]");
            for (PhraseRule rule : s.rules()) {
                out.add(rule.describe() + " first=" + sorted(rule.firstWords()) + " second=" + sorted(rule.secondWords())
                        + " wordnet=" + rule.leadingWordNetClasses() + " base=" + rule.startsWithBaseForms());
            }
        }
        return String.join("\n", out);
    }

    private static String sorted(java.util.Collection<String> words) {
        return words == null ? "null" : new TreeSet<>(words).toString();
    }
}
