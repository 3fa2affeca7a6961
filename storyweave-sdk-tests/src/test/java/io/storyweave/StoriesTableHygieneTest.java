package io.storyweave;

import io.storyweave.internal.store.MemoryStoryStore;
import io.storyweave.testing.InterceptedStore;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a create writes to the library: one row per story a caller was given and can find again,
 * never a hidden template row, and no new row when the same story is served again.
 */
class StoriesTableHygieneTest {
    private final ScriptedModelProvider model = new ScriptedModelProvider();
    private final MemoryStoryStore memory = new MemoryStoryStore();
    private final List<String> libraryWrites = Collections.synchronizedList(new ArrayList<>());
    private final StoryWeave sw = StoryWeave.builder().provider(model)
            .store(InterceptedStore.wrap(memory, method -> {
                if (method.equals("putStory")) {
                    libraryWrites.add(method);
                }
            })).build();

    @AfterEach
    void close() {
        sw.close();
    }

    private static StoryRequest space() {
        return StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 3);
    }

    @Test
    void aCreateWithoutAProfileWritesOneRowThatGetFinds() {
        Story story = sw.createStory(space());

        assertThat(libraryWrites).hasSize(1);
        assertThat(sw.stories().get(story.id())).hasValueSatisfying(kept -> assertThat(kept.pages()).isEqualTo(story.pages()));
    }

    @Test
    void servingTheSameStoryAgainFromTheCacheAddsNoRow() {
        Story first = sw.createStory(space());
        Story again = sw.createStory(space());

        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(libraryWrites).hasSize(1);
    }

    @Test
    void aNamedHeroWithoutAProfileKeepsOneRowPerHeroHoweverOftenAsked() {
        StoryRequest forMia = space().toBuilder().heroName("Mia").build();
        Story first = sw.createStory(forMia);
        Story again = sw.createStory(forMia);
        Story forLeo = sw.createStory(space().toBuilder().heroName("Leo").build());

        assertThat(model.calls()).isEqualTo(1);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(forLeo.id()).isNotEqualTo(first.id());
        assertThat(sw.stories().get(first.id())).hasValueSatisfying(kept -> assertThat(kept.title()).contains("Mia"));
        assertThat(sw.stories().get(forLeo.id())).hasValueSatisfying(kept -> assertThat(kept.title()).contains("Leo"));
    }

    @Test
    void aNamedHeroWithoutAProfileIsWrittenOnceNotOnEveryCacheHit() {
        StoryRequest forMia = space().toBuilder().heroName("Mia").build();
        for (int i = 0; i < 5; i++) {
            sw.createStory(forMia);
        }

        assertThat(model.calls()).isEqualTo(1);
        assertThat(libraryWrites).hasSize(1);
    }

    @Test
    void aDeletedStoryWithoutAProfileIsKeptAgainWhenTheSameRequestServesIt() {
        Story first = sw.createStory(space());
        assertThat(sw.stories().delete(first.id())).isTrue();
        assertThat(sw.stories().get(first.id())).isEmpty();

        Story again = sw.createStory(space());

        assertThat(again.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(sw.stories().get(again.id())).hasValueSatisfying(kept -> assertThat(kept.pages()).isEqualTo(first.pages()));
        assertThat(libraryWrites).hasSize(2);
    }

    @Test
    void aDeletedNamedHeroStoryIsKeptAgainToo() {
        StoryRequest forMia = space().toBuilder().heroName("Mia").build();
        Story first = sw.createStory(forMia);
        sw.stories().delete(first.id());

        Story again = sw.createStory(forMia);

        assertThat(sw.stories().get(again.id())).hasValueSatisfying(kept -> assertThat(kept.title()).contains("Mia"));
    }

    @Test
    void aProfileStoryIsKeptOnceInItsLibraryWithoutATemplateRowBesideIt() {
        ChildProfile mia = sw.profiles().create(ChildProfile.builder().displayName("Mia").age(7)
                .neurotypes(Neurotype.ADHD).interests(List.of("rockets")).build());

        Story story = sw.createStory(mia.id(), StoryOptions.of("space", 3));

        assertThat(libraryWrites).hasSize(1);
        assertThat(sw.stories().listByProfile(mia.id(), 10, null).items()).extracting(Story::id)
                .containsExactly(story.id());
    }
}
