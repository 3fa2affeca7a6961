package io.storyweave.internal.rules;

import io.storyweave.AnxietyStyle;
import io.storyweave.Neurotype;
import io.storyweave.StoryRequest;
import io.storyweave.internal.json.JsonObject;
import io.storyweave.internal.json.JsonTrees;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleBookTest {
    private static final String READING_LEVELS = """
            {"bands": [{"minAge": 3, "maxAge": 12, "maxSentenceWords": 14, "maxPageWords": 90, "targetGrade": 3.5,
                        "vocabulary": "simple words"}]}""";

    @Test
    void theStrictestLimitOfEveryNeedWinsWithinTheAgeBand() {
        StoryRules rules = RuleBook.standard().rulesFor(StoryRequest.builder()
                .neurotypes(List.of(Neurotype.ADHD, Neurotype.DYSLEXIA)).age(7).theme("space").interests(List.of()).pages(3).build());

        // Ages 6-7: 14 words a sentence, 90 a page, grade 3.5; dyslexia x0.75 sentences and -1 grade, ADHD x0.6 pages.
        assertThat(rules.maxSentenceWords()).isEqualTo(11);
        assertThat(rules.maxPageWords()).isEqualTo(54);
        assertThat(rules.targetGrade()).isEqualTo(2.5);
        assertThat(rules.gradeTolerance()).isEqualTo(0.0);
        assertThat(rules.vocabulary()).isEqualTo("simple everyday words an early reader knows");
        assertThat(rules.readerQuestionEveryPage()).isTrue();
        assertThat(rules.literalLanguage()).isFalse();
        assertThat(rules.maxLongWordShare()).isEqualTo(0.03);
        assertThat(rules.guidance()).hasSize(6).contains("Use short sentences with one idea each.");
    }

    @Test
    void anAnxietyStyleBringsTheAnxietyGuideAndItsStyle() {
        StoryRules rules = RuleBook.standard().rulesFor(StoryRequest.builder().neurotype(Neurotype.NEUROTYPICAL).age(4)
                .theme("space").interests(List.of()).pages(3).anxietyStyle(AnxietyStyle.COPING).build());

        assertThat(rules.guidance()).hasSize(5).anySatisfy(g -> assertThat(g).startsWith("Keep the stakes gentle."))
                .anySatisfy(g -> assertThat(g).startsWith("Show that the coping step helps"));
        assertThat(rules.gradeTolerance()).isEqualTo(1.0);
    }

    @Test
    void aGuideThatLeavesOutALimitChangesNothing() throws Exception {
        RuleBook book = new RuleBook(guides("{\"guidance\": [\"Be kind.\"]}"), object(READING_LEVELS));

        StoryRules rules = book.rulesFor(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 3));

        assertThat(rules).extracting(StoryRules::maxSentenceWords, StoryRules::maxPageWords, StoryRules::targetGrade,
                StoryRules::gradeTolerance, StoryRules::readerQuestionEveryPage, StoryRules::maxLongWordShare)
                .containsExactly(14, 90, 3.5, 0.0, false, 1.0);
        assertThat(rules.guidance()).containsExactly("Be kind.");
    }

    @Test
    void ruleDataOfTheWrongKindFailsNamingTheKey() throws Exception {
        RuleBook textFactor = new RuleBook(guides("{\"guidance\": [\"Be kind.\"], \"pageWordsFactor\": \"0.6\"}"), object(READING_LEVELS));
        RuleBook numberGuidance = new RuleBook(guides("{\"guidance\": [\"Be kind.\", 3]}"), object(READING_LEVELS));
        RuleBook textFlag = new RuleBook(guides("{\"guidance\": [], \"literalLanguage\": \"true\"}"), object(READING_LEVELS));
        RuleBook noVocabulary = new RuleBook(guides("{\"guidance\": []}"), object(READING_LEVELS.replace("\"vocabulary\"", "\"words\"")));
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of(), 3);

        assertThatThrownBy(() -> textFactor.rulesFor(request)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("StoryWeave rule data: \"pageWordsFactor\" must be a number in {");
        assertThatThrownBy(() -> numberGuidance.rulesFor(request)).hasMessageContaining("\"guidance\" must be an array of strings");
        assertThatThrownBy(() -> textFlag.rulesFor(request)).hasMessageContaining("\"literalLanguage\" must be true or false");
        assertThatThrownBy(() -> noVocabulary.rulesFor(request)).hasMessageContaining("\"vocabulary\" must be a string");
        assertThatThrownBy(() -> new RuleBook(object("{\"ADHD\": {}}"), object(READING_LEVELS)))
                .hasMessage("style-guides.json has no entry (an object) for NEUROTYPICAL");
        assertThatThrownBy(() -> new RuleBook(guides("{\"guidance\": []}"), object("{\"bands\": {}}")))
                .hasMessage("reading-levels.json has no \"bands\" array");
        assertThatThrownBy(() -> new RuleBook(guides("{\"guidance\": []}"), object("{\"bands\": [[]]}")))
                .hasMessage("reading-levels.json has a band that is not an object: []");
    }

    @Test
    void anAgeOutsideEveryBandIsNamed() throws Exception {
        RuleBook book = new RuleBook(guides("{\"guidance\": []}"), object(READING_LEVELS.replace("\"minAge\": 3", "\"minAge\": 5")));

        assertThatThrownBy(() -> book.rulesFor(StoryRequest.of(Neurotype.ADHD, 4, "space", List.of(), 3)))
                .hasMessage("reading-levels.json has no band for age 4");
    }

    /** The same guide for every neurotype. */
    private static JsonObject guides(String guide) throws Exception {
        JsonObject guides = new JsonObject();
        for (Neurotype type : Neurotype.values()) {
            guides.set(type.name(), object(guide));
        }
        return guides;
    }

    private static JsonObject object(String json) throws Exception {
        return (JsonObject) JsonTrees.read(json);
    }
}
