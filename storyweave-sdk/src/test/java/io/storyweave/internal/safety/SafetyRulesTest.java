package io.storyweave.internal.safety;

import io.storyweave.AnxietyStyle;
import io.storyweave.QualityCheck;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a rule line is read, and what a rule written one way finds written another way in a draft. */
class SafetyRulesTest {
    private static String split(String text) {
        return SafetyRules.splitHyphens(new RuleText.Line("test.txt", 1, text)).text();
    }

    private static List<RuleText.Line> ruleLines(String file) {
        return RuleText.lines("/io/storyweave/internal/safety/" + file);
    }

    /** @return every line of every rule file, in file order */
    private static List<RuleText.Line> everyRuleLine() {
        List<RuleText.Line> lines = new ArrayList<>();
        for (String file : SafetyRules.FILES) {
            lines.addAll(ruleLines(file));
        }
        return lines;
    }

    @Test
    void noPhraseIsWrittenTwiceInOneSection() {
        // A repeated line is tried twice at every word it could start at, for nothing.
        List<String> repeats = new ArrayList<>();
        for (String file : SafetyRules.FILES) {
            Map<String, Integer> seen = new HashMap<>();
            for (RuleText.Line line : ruleLines(file)) {
                if (line.text().startsWith("[")) {
                    seen.clear();
                } else {
                    Integer before = seen.putIfAbsent(line.text(), line.number());
                    if (before != null) {
                        repeats.add(file + " line " + line.number() + " repeats line " + before + ": " + line.text());
                    }
                }
            }
        }
        assertThat(repeats).isEmpty();
    }

    @Test
    void noPhraseIsWrittenAcrossTheEndOfASentence() {
        // A phrase is matched inside one sentence of a draft, so the words after a full stop or an exclamation mark
        // in a rule ("get left in it. All night") stand in the next sentence and the phrase never matches anything.
        Pattern acrossSentences = Pattern.compile("[\\p{L}'][.!]\\s+[\\p{L}\\[{]");
        List<String> neverMatching = new ArrayList<>();
        for (RuleText.Line line : everyRuleLine()) {
            boolean phrase = !line.text().startsWith("[") && !line.text().startsWith("@");
            if (phrase && acrossSentences.matcher(line.text()).find()) {
                neverMatching.add(line.file() + " line " + line.number() + ": " + line.text());
            }
        }
        assertThat(neverMatching).isEmpty();
    }

    @Test
    void noPhraseStartsWithAnyWordOrAGap() {
        // A phrase is looked up by its first word; one led by "*" or "..." is tried at every word of every draft
        // (one such line once took a sixth of the matcher's work on the bench story). Where the phrase starts
        // makes no difference to what it finds, so it must start with a word.
        List<String> unanchored = new ArrayList<>();
        for (RuleText.Line line : everyRuleLine()) {
            String phrase = line.text().replaceFirst("^\\+ ", "").replaceFirst("^!", "");
            if (phrase.startsWith("* ") || phrase.startsWith("... ")) {
                unanchored.add(line.file() + " line " + line.number() + ": " + line.text());
            }
        }
        assertThat(unanchored).isEmpty();
    }

    @Test
    void aChoiceOfSeveralWordsIsWrittenInParentheses() {
        // The parser refuses a choice of several words written without its group (see refuseUngroupedChoice), so
        // every rule file loading is the check over all lines; these are the slips it was found by.
        for (String slip : List.of("tell mum|your mum|your dad", "the dark room|dark",
                "his|her hand under {POSS} life jacket|jacket|swimsuit", "see|saw|could see inside", "now you are|you're safe",
                "i am|i'm claude", "mustn't tell|must not tell", "love has gone|goes|will go away", "eats|will eat children who",
                "it moves|moved|was moving")) {
            assertThatThrownBy(() -> phrases(slip)).as(slip).hasMessageContaining("must be a group");
        }
        for (String fine : List.of("his|her thumb|finger", "tell (mum|your mum|your dad)", "the dark (|room)",
                "now (you are|you're) safe", "(mustn't tell|must not tell)", "love (has gone|goes|will go) away",
                "pretty girls get|are picked", "legs went|were|felt wobbly", "(he|she) was|lay cold and still")) {
            assertThat(phrases(fine)).as(fine).isNotEmpty();
        }
    }

    @Test
    void aNegationAndItsContractionAreAlternativesOnlyInsideParentheses() {
        // "do not|don't fall" reads as "do" then "not" or "don't": the contraction alone ("Don't fall asleep") never
        // matched, and "do don't" is no English. Either way round, the two must be one group: "(do not|don't)".
        // So must "(nobody|no one)": "nobody|no one sat" only ever found "no one sat". The parser refuses them (see
        // refuseUngroupedChoice), so every rule file loading is the check over all lines.
        for (String slip : List.of("do not|don't fall", "don't|do not fall", "will not|won't go", "won't|will not go",
                "nobody|no one sat", "no one|nobody sat")) {
            assertThatThrownBy(() -> phrases(slip)).as(slip).hasMessageContaining("must be a group");
        }
        for (String fine : List.of("(do not|don't) fall", "(won't|will not) go", "(nobody|no one) sat", "did|didn't go")) {
            assertThat(phrases(fine)).as(fine).isNotEmpty();
        }
        assertThat(SafetyChecks.get().check(AnalysedText.of("[HERO]'s Night",
                List.of("Don't fall asleep tonight, reader."), SafetyChecks.get().wordNet()),
                new SafetyContext(8, List.of(), List.of(), false, null, List.of())).stream()
                .filter(q -> !q.passed()).map(QualityCheck::name)).contains("unsafe-threat");
    }

    @Test
    void aPartOfAnAllOfStoryExcuseMayNameItsAlternatives() {
        RuleSection.StoryExcuses excuses = RuleSection.StoryExcuses.of(Set.of("gran|nana+missed her"));
        assertThat(excuses.foundIn(AnalysedText.of("[HERO]'s Day", List.of("Nana had a garden. [HERO] missed her."),
                SafetyChecks.get().wordNet()))).isTrue();
        assertThat(excuses.foundIn(AnalysedText.of("[HERO]'s Day", List.of("Gran had a garden. [HERO] missed her."),
                SafetyChecks.get().wordNet()))).isTrue();
        assertThat(excuses.foundIn(AnalysedText.of("[HERO]'s Day", List.of("Grandad had a garden. [HERO] missed her."),
                SafetyChecks.get().wordNet()))).as("no alternative of the first part").isFalse();
        assertThat(excuses.foundIn(AnalysedText.of("[HERO]'s Day", List.of("Nana had a garden."),
                SafetyChecks.get().wordNet()))).as("the second part missing").isFalse();
    }

    @Test
    void aRulePhraseWrittenWithItsPunctuationIsTheWordsInARow() {
        // A draft is read as its words; "long, heavy thing" in a rule had been the word "long," that no draft holds.
        assertThat(SafetyRules.withoutPunctuation(new RuleText.Line("test.txt", 1, "(go on, try it|long, heavy thing)"))
                .text()).isEqualTo("(go on try it|long heavy thing)");
        assertThat(SafetyRules.withoutPunctuation(new RuleText.Line("test.txt", 1, "lights ... out? tonight.")).text())
                .as("the gap and an optional word stay").isEqualTo("lights ... out? tonight");
        assertThat(SafetyChecks.get().check(AnalysedText.of("[HERO]'s Beach",
                List.of("He rubbed sun cream on her back, very slowly. Then he untied the strings of her top."),
                SafetyChecks.get().wordNet()), new SafetyContext(6, List.of(), List.of(), false, null, List.of()))
                .stream().filter(q -> !q.passed()).map(QualityCheck::name)).contains("unsafe-sexual");
    }

    @Test
    void punctuationRemovedByHandIsWhatTheExpressionRemovesOnEveryRuleLine() {
        List<String> lines = new ArrayList<>(List.of("a, b", "a,, b", ".,x", "lights ... out? tonight.", "x.|y.",
                "(go on, try it|long, heavy thing)", "a;:b c:", "e.g. this", "end.", "...", "a. . b", "1.5 kg", "a,|b"));
        everyRuleLine().forEach(line -> lines.add(line.text()));
        for (String line : lines) {
            assertThat(SafetyRules.removePunctuation(line)).as(line)
                    .isEqualTo(SafetyRules.PUNCTUATION.matcher(line).replaceAll(""));
        }
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

    private static final Vocabulary VOCABULARY = Vocabulary.load(SafetyChecks.get().wordNet());

    private static List<PhraseRule> phrases(String text) {
        return new PhraseRule.Parser(VOCABULARY)
                .parseLine(new RuleText.Line("test.txt", 7, text));
    }

    @Test
    void aLineWithGroupsStandsForEveryCombinationFirstGroupSlowest() {
        List<PhraseRule> phrases = phrases("(hide|go into) the (shed|loft)");
        assertThat(phrases).hasSize(4);
        assertThat(phrases).extracting(PhraseRule::firstWords)
                .containsExactly(Set.of("hide"), Set.of("hide"), Set.of("go"), Set.of("go"));
        assertThat(phrases).extracting(PhraseRule::secondWords)
                .containsExactly(Set.of("the"), Set.of("the"), Set.of("into"), Set.of("into"));
        assertThat(phrases).extracting(PhraseRule::line).containsOnly(7);
    }

    @Test
    void anEmptyAlternativeLeavesItsWordsOut() {
        List<PhraseRule> phrases = phrases("(|big) dog");
        assertThat(phrases).extracting(PhraseRule::singleWord).containsExactly(true, false);
        assertThat(phrases.get(1).secondWords()).isEqualTo(Set.of("dog"));
    }

    @Test
    void aPhraseLedByAClassOfSingleWordsIsIndexedByItsSecondWordTooButNotOneLedByAClassOfPhrases() {
        // {CHILD} is he, she, [HERO] ...: the second word stands right after. {PARENT} has "grown-up", two words.
        assertThat(phrases("{CHILD} climbed into").get(0).secondWords()).isEqualTo(Set.of("climbed"));
        assertThat(phrases("{PARENT} climbed into").get(0).secondWords()).isNull();
        assertThat(phrases("{CHILD} {PARENT} said").get(0).secondWords()).isNull();
    }

    @Test
    void aBangBeforeTheLineOrItsFirstGroupMakesEveryPhraseCountAfterANegation() {
        assertThat(phrases("!the (weird|odd) one")).extracting(PhraseRule::countsWhenNegated).containsExactly(true, true);
        assertThat(phrases("!(weird|odd) one")).extracting(PhraseRule::countsWhenNegated).containsExactly(true, true);
        assertThat(phrases("(weird|odd) one")).extracting(PhraseRule::countsWhenNegated).containsExactly(false, false);
    }

    @Test
    void aMalformedLineIsRefusedWithItsNumber() {
        for (String bad : List.of("(hide|go into the shed", "(hide|(go|run) into) the shed", "hide(s|ing) away",
                "(|...) then hide", "... then hide", "go_away now")) {
            assertThatThrownBy(() -> phrases(bad)).as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("test.txt line 7");
        }
    }

    /** @return the named check of the full local layer on a one-page draft */
    private static QualityCheck check(String name, AnxietyStyle style, String page) {
        SafetyChecks checks = SafetyChecks.get();
        AnalysedText text = AnalysedText.of("Day", List.of(page), checks.wordNet());
        return checks.check(text, new SafetyContext(7, List.of("a day"), List.of(), false, style, List.of(), null))
                .stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aHyphenatedRuleFindsTheHyphenatedWordInADraft() {
        assertThat(check("unsafe-bullying", null, "At lunch they called [HERO] four-eyes.").detail()).contains("four eyes");
    }

    @Test
    void aRuleWordWithAPossessiveFindsThePossessiveInADraft() {
        // The draft's "teacher's" is the word "teacher" marked possessive; the rule's must read the same.
        assertThat(check("personal-data", null, "What is your teacher's name?").passed()).isFalse();
    }

    @Test
    void aRuleToldInThePastFindsThePresentOfAPictureBook() {
        // "{PARENT} did not come" and "{PARENT} was gone" in calm.txt; picture books are told in the present.
        for (String line : List.of("[HERO] calls and calls. Mum does not come.", "Where is Mum? Mum is gone.")) {
            assertThat(check("calm", AnxietyStyle.CALM, line).passed()).as(line).isFalse();
        }
    }
    private static SafetyRules rules(String... text) {
        List<RuleText.Line> lines = new ArrayList<>();
        for (int i = 0; i < text.length; i++) {
            lines.add(new RuleText.Line("test.txt", i + 1, text[i]));
        }
        return SafetyRules.parse(lines, VOCABULARY);
    }

    @Test
    void aNamedListStandsForItsItemsInEveryOptionThatNamesIt() {
        SafetyRules rules = rules(
                "@grief=grief,funeral",
                "@loss=@grief,goodbye",
                "[unsafe-death medium invited-by=@loss,heaven excused-by=@grief undone-by=said_sorry,@grief]",
                "dead");
        RuleSection section = rules.sections().get(0);
        assertThat(section.invitedBy()).containsExactlyInAnyOrder("grief", "funeral", "goodbye", "heaven");
        assertThat(section.excusedBy()).containsExactlyInAnyOrder("grief", "funeral");
        assertThat(section.undoneBy()).extracting(words -> String.join(" ", words))
                .containsExactlyInAnyOrder("said sorry", "grief", "funeral");
    }

    @Test
    void aNamedListAsOnePartOfAnAllOfExcuseIsThatPartsAlternatives() {
        SafetyRules rules = rules(
                "@grandmothers=gran,nana",
                "@remembering=@grandmothers+missed_her,hug",
                "[unsafe-death medium excused-in-story=@remembering]",
                "dead");
        RuleSection.StoryExcuses excuses = rules.sections().get(0).excusedInStory();
        assertThat(excuses.allOf()).singleElement().satisfies(parts -> {
            assertThat(Arrays.stream(parts[0]).map(words -> String.join(" ", words))).containsExactly("gran", "nana");
            assertThat(Arrays.stream(parts[1]).map(words -> String.join(" ", words))).containsExactly("missed her");
        });
        assertThat(excuses.words()).contains("hug");
        assertThatThrownBy(() -> rules("@pair=gran+nana", "[unsafe-death medium excused-in-story=@pair+missed_her]", "dead"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be one part of another");
    }

    @Test
    void aNamedListMustBeDefinedOnceAboveItsFirstUse() {
        assertThatThrownBy(() -> rules("[unsafe-death medium invited-by=@grief]", "dead"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.txt line 1").hasMessageContaining("no list named @grief");
        assertThatThrownBy(() -> rules("@grief=grief", "@grief=funeral"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.txt line 2").hasMessageContaining("already defined");
        assertThatThrownBy(() -> rules("@grief="))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> rules("@grief words=grief"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("@name=a,b");
    }

    @Test
    void theShippedRulesShareTheirLongListsByName() {
        // The bullying sections' apologies and the death sections' invitations were copied by hand and drifted.
        List<String> lines = RuleText.lines("unsafe-content.txt").stream().map(RuleText.Line::text).toList();
        assertThat(lines).noneMatch(line -> line.startsWith("[") && line.contains("said_sorry"));
        assertThat(lines).noneMatch(line -> line.startsWith("[") && line.contains("invited-by=grief,death,die,dying"));
    }
    private static List<Finding> scan(SafetyRules rules, String... pages) {
        AnalysedText text = AnalysedText.of("Day", List.of(pages), SafetyChecks.get().wordNet());
        return PhraseScanner.scan(text, rules, VOCABULARY, 7, Set.of());
    }

    private static final String[] ASPECTS = {
            "[unsafe-threat high cues=2 cues-on=story first-cue=needed]",
            "leave you here",
            "+ go home without you",
            "stopped crying",
            "+ went very quiet",
            "works every time"};

    @Test
    void aPlusLineTellsTheSameAspectAsTheLineAboveIt() {
        List<PhraseRule> phrases = rules(ASPECTS).sections().get(0).rules();
        assertThat(phrases).extracting(PhraseRule::aspect).containsExactly(2, 2, 4, 4, 6);
        assertThat(phrases).extracting(PhraseRule::line).containsExactly(2, 3, 4, 5, 6);
        // Two lines of one aspect are one cue, however many of its phrases a story holds.
        assertThat(scan(rules(ASPECTS), "Mum said she would leave you here. Or go home without you.")).isEmpty();
    }

    @Test
    void aspectsAcrossTheStoryCountWhenTheyMeetOnDifferentPages() {
        List<Finding> found = scan(rules(ASPECTS), "\"Cry again and I will go home without you,\" said Mum.",
                "[HERO] went very quiet.");
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.quote()).isEqualTo("go home without you ... went very quiet");
            assertThat(f.page()).isEqualTo(1);
        });
        // The same aspects on different pages of a section that wants them on one page count for nothing.
        String[] onePage = ASPECTS.clone();
        onePage[0] = "[unsafe-threat high cues=2 first-cue=needed]";
        assertThat(scan(rules(onePage), "\"Cry again and I will go home without you,\" said Mum.",
                "[HERO] went very quiet.")).isEmpty();
    }

    @Test
    void withTheFirstCueNeededTheOtherAspectsAloneCountForNothing() {
        // A fear and an "it works" are how a story about slow breaths at the dentist ends.
        assertThat(scan(rules(ASPECTS), "[HERO] went very quiet in the chair.", "Three slow breaths. It works every time."))
                .isEmpty();
        String[] anyTwo = ASPECTS.clone();
        anyTwo[0] = "[unsafe-threat high cues=2 cues-on=story]";
        assertThat(scan(rules(anyTwo), "[HERO] went very quiet in the chair.", "Three slow breaths. It works every time."))
                .hasSize(1);
    }

    @Test
    void aspectOptionsAndPlusLinesAreCheckedWhenTheRulesLoad() {
        assertThatThrownBy(() -> rules("[unsafe-threat high cues=2]", "+ leave you here"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.txt line 2");
        assertThatThrownBy(() -> rules("[unsafe-threat high cues=2 cues-on=chapter]", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cues-on must be page or story");
        assertThatThrownBy(() -> rules("[unsafe-threat high cues=2 first-cue=yes]", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("first-cue must be needed or any");
    }
    private static int firstAtSentenceStart(AnalysedText text, String word) {
        for (int i = 0; i < text.tokens().size(); i++) {
            if (text.tokens().get(i).sentenceStart() && text.tokens().get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " starts no sentence");
    }

    private static AnalysedText analysed(String page) {
        return AnalysedText.of("Day", List.of(page), SafetyChecks.get().wordNet());
    }

    private static int matchAt(PhraseRule rule, AnalysedText text, int start) {
        return rule.matchAt(text, start, text.tokens().size(), VOCABULARY);
    }

    @Test
    void aWordTheStoryWritesAsANameInsideASentenceIsANameAtTheStartOfOneToo() {
        PhraseRule name = phrases("{NAME} sat").get(0);
        AnalysedText text = analysed("Every day Oskar waited. Oskar sat alone. Soon it rained.");
        int oskarAtStart = firstAtSentenceStart(text, "Oskar");
        assertThat(text.tokens().get(oskarAtStart).text()).isEqualTo("Oskar");
        assertThat(matchAt(name, text, oskarAtStart)).isPositive();
        // An everyday word at the start of a sentence stays one, even when a title-case phrase elsewhere has it.
        AnalysedText soon = analysed("We read Soon Comes Spring. Soon sat on the mat.");
        int soonAtStart = firstAtSentenceStart(soon, "Soon");
        assertThat(soon.tokens().get(soonAtStart).text()).isEqualTo("Soon");
        assertThat(matchAt(name, soon, soonAtStart)).isNegative();
        // OTHER is someone else in the story: a name, not the hero.
        AnalysedText hero = analysed("[HERO] sat down. Oskar sat down.");
        PhraseRule other = phrases("{OTHER} sat").get(0);
        assertThat(matchAt(other, hero, firstAtSentenceStart(hero, "[HERO]"))).isNegative();
        assertThat(matchAt(name, hero, firstAtSentenceStart(hero, "[HERO]"))).isPositive();
        assertThat(matchAt(other, hero, firstAtSentenceStart(hero, "Oskar"))).isNegative();
    }

    @Test
    void aPhraseLedByANameIsLookedUpByTheWordAfterItNotTriedAtEveryWord() {
        assertThat(phrases("{OTHER} sat alone").get(0).secondWords()).contains("sat");
        // {PARENT} has "grown-up", two words: the word after it is not at a fixed place.
        assertThat(phrases("{PARENT} sat alone").get(0).secondWords()).isNull();
        assertThat(phrases("{OTHER} {PERSON} alone").get(0).secondWords()).isNull();
        RuleIndex index = rules("[unsafe-bullying high]", "{OTHER} sat alone").index();
        AnalysedText text = analysed("Every day Oskar sat alone. The cat sat down.");
        List<Token> tokens = text.tokens();
        int oskar = firstAtSentenceStart(text, "The") - 3;
        assertThat(tokens.get(oskar).text()).isEqualTo("Oskar");
        assertThat(index.candidates(tokens.get(oskar), tokens.get(oskar + 1), new ArrayList<>())).hasSize(1);
        assertThat(index.candidates(tokens.get(oskar + 1), tokens.get(oskar + 2), new ArrayList<>())).isEmpty();
        assertThat(scan(rules("[unsafe-bullying high]", "{OTHER} sat alone"), "Every day Oskar sat alone. The cat sat down."))
                .singleElement().satisfies(f -> assertThat(f.quote()).isEqualTo("Oskar sat alone"));
    }
    @Test
    void theShippedRulesKeepFewPhrasesTriedAtEveryWordAndNoLineStandsForThousands() {
        // A line led by an open class, or a line whose groups multiply, once made the local checks four times slower.
        for (String file : SafetyRules.FILES) {
            SafetyRules rules = SafetyRules.load(file, VOCABULARY);
            assertThat(rules.index().triedAtEveryWord()).as(file).isLessThanOrEqualTo(40);
            Map<Integer, Integer> phrasesPerLine = new HashMap<>();
            rules.sections().forEach(section -> section.rules().forEach(rule -> phrasesPerLine.merge(rule.line(), 1, Integer::sum)));
            assertThat(phrasesPerLine.values()).as(file).allMatch(count -> count <= 1000);
        }
    }
    @Test
    void aPhraseLedByAWordNetClassIsLookedUpByTheWordsClassesNotTriedAtEveryWord() {
        SafetyRules rules = rules("[unsafe-weapons high]", "{explosive}");
        assertThat(rules.index().triedAtEveryWord()).isZero();
        AnalysedText text = analysed("The grenade sat on the shelf.");
        List<Token> tokens = text.tokens();
        int grenade = firstAtSentenceStart(text, "The") + 1;
        assertThat(tokens.get(grenade).text()).isEqualTo("grenade");
        long mask = VOCABULARY.wordNetMask(text, grenade);
        assertThat(rules.index().candidates(tokens.get(grenade), tokens.get(grenade + 1), mask, new ArrayList<>())).hasSize(1);
        assertThat(rules.index().candidates(tokens.get(grenade + 1), tokens.get(grenade + 2),
                VOCABULARY.wordNetMask(text, grenade + 1), new ArrayList<>())).isEmpty();
        assertThat(scan(rules, "The grenade sat on the shelf.")).singleElement()
                .satisfies(f -> assertThat(f.quote()).isEqualTo("grenade"));
    }
}
