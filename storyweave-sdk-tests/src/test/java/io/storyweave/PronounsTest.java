package io.storyweave;

import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.StoryCodec;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hero's pronouns: asked for in the prompt, checked in the draft, part of the cache key, kept on profiles. */
class PronounsTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final StoryWeave sw = StoryWeave.builder().provider(model).store("memory").build();

    @AfterEach
    void close() {
        sw.close();
    }

    private static StoryRequest moon(Pronouns pronouns) {
        return StoryRequest.builder().neurotype(Neurotype.NEUROTYPICAL).age(6).theme("the moon").pages(1)
                .heroPronouns(pronouns).build();
    }

    private static String page(String text) {
        return "{\"title\":\"[HERO] and the Moon\",\"pages\":[{\"text\":\"" + text + "\"}]}";
    }

    @Test
    void thePromptAsksForThePronounsAndADraftThatUsesAnotherSetForTheHeroIsRewritten() {
        model.thenAnswer(page("[HERO] lands on the moon. He jumps up high. Can you jump?"))
                .thenAnswer(page("[HERO] lands on the moon. She jumps up high. Can you jump?"));

        Story story = sw.createStory(moon(Pronouns.SHE));

        assertThat(model.calls()).isEqualTo(2);
        List<ModelRequest> calls = model.requests();
        assertThat(calls.get(0).userPrompt()).contains("Refer to [HERO] only with the pronouns she/her/hers.");
        assertThat(calls.get(1).userPrompt()).contains("Refer to [HERO] only with the pronouns given above");
        assertThat(story.pages().get(0).text()).contains("She jumps");
        assertThat(story.quality().checks()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("pronouns");
            assertThat(c.passed()).isTrue();
        });
    }

    @Test
    void anotherPersonsPronounsAndPluralTheyAreNotCountedAgainstTheHero() {
        model.thenAnswer(page("[HERO] saw Dad on the moon. He waved. The stars were bright and they shone. Can you see them?"));

        sw.createStory(moon(Pronouns.SHE));

        assertThat(model.calls()).isEqualTo(1);
    }

    @Test
    void thePronounsArePartOfTheCacheKeyAndLeftOpenWhenNotGiven() {
        sw.createStory(moon(Pronouns.SHE));
        sw.createStory(moon(Pronouns.SHE));
        sw.createStory(moon(Pronouns.THEY));
        sw.createStory(moon(null));

        assertThat(model.calls()).isEqualTo(3);
        assertThat(model.requests().get(2).userPrompt()).doesNotContain("Refer to [HERO] only with the pronouns");
        assertThat(model.requests().get(2).userPrompt()).doesNotContain("pronouns");
    }

    @Test
    void aProfilesPronounsAreStoredAndUsedForItsStories() {
        ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7)
                .neurotypes(List.of(Neurotype.ADHD)).pronouns(Pronouns.SHE).build());
        assertThat(sw.profiles().get(mia.id()).orElseThrow().pronouns()).isEqualTo(Pronouns.SHE);

        Story story = sw.createStory(mia.id(), StoryOptions.of("the moon", 2));

        assertThat(story.request().heroPronouns()).isEqualTo(Pronouns.SHE);
        assertThat(model.lastRequest().userPrompt()).contains("she/her/hers");
        assertThat(StoryRequest.forProfile(mia, StoryOptions.of("the sea", 1)).heroPronouns()).isEqualTo(Pronouns.SHE);
    }

    @Test
    void storedProfilesAndStoriesWithoutPronounsStillReadBack() {
        ChildProfile old = StoryCodec.profileFromJson("{\"id\":\"p1\",\"displayName\":\"Mia\",\"age\":7,"
                + "\"neurotypes\":[\"ADHD\"],\"interests\":[],\"topicsToAvoid\":[],\"literalLanguage\":false,"
                + "\"version\":1}");
        assertThat(old.pronouns()).isNull();
        ChildProfile withThem = old.toBuilder().pronouns(Pronouns.THEY).build();
        assertThat(StoryCodec.profileFromJson(StoryCodec.toJson(withThem)).pronouns()).isEqualTo(Pronouns.THEY);
    }

    @Test
    void pronounsAreParsedFromWhatPeopleTypeAndABadValueIsNamed() {
        assertThat(Pronouns.parse("She", "--pronouns")).isEqualTo(Pronouns.SHE);
        assertThat(Pronouns.parse("they/them", "--pronouns")).isEqualTo(Pronouns.THEY);
        assertThatThrownBy(() -> Pronouns.parse("it", "--pronouns")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("--pronouns").hasMessageContaining("she, he or they").hasMessageContaining("\"it\"");
    }
}
