package io.storyweave.spi;

import io.storyweave.AnxietyStyle;
import io.storyweave.ChildProfile;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.StorageException;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StoryWeave;
import io.storyweave.testing.ScriptedModelProvider;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryCodecTest {
    @Test
    void aStoryRoundTripsWithItsRequestUsageCostAndQualityReport() {
        ScriptedModelProvider model = new ScriptedModelProvider();
        Story story;
        try (StoryWeave sw = StoryWeave.builder().provider(model).store("memory").tier(ModelTier.QUALITY)
                .price("test-model-quality", io.storyweave.ModelPrice.of("3", "15")).build()) {
            sw.profiles().create(ChildProfile.builder().id("p-1").displayName("Ada").age(9).build());
            story = sw.createStory(StoryRequest.builder().neurotype(Neurotype.ANXIETY).neurotype(Neurotype.DYSLEXIA)
                    .age(9).theme("owls").interests(List.of("night")).pages(3).heroName("Ada")
                    .anxietyStyle(AnxietyStyle.COPING).topicsToAvoid(List.of("storms")).profileId("p-1").build());
        }

        Story back = StoryCodec.storyFromJson(StoryCodec.toJson(story));

        assertThat(back).isEqualTo(story);
        assertThat(back.estimatedCostUsd()).isEqualByComparingTo(story.estimatedCostUsd());
        assertThat(back.quality().checks()).isEqualTo(story.quality().checks());
    }

    @Test
    void aProfileRoundTripsIncludingTimestampsAndVersion() {
        ChildProfile profile = ChildProfile.builder().displayName("Mia").age(7).neurotypes(Neurotype.AUTISM)
                .literalLanguage(true).interests(List.of("trains")).build().stamped(3, Instant.parse("2026-11-25T08:00:00.123Z"));

        assertThat(StoryCodec.profileFromJson(StoryCodec.toJson(profile))).isEqualTo(profile);
    }

    @Test
    void unknownFieldsFromNewerWritersAreIgnoredAndCorruptDataIsAStorageException() {
        ChildProfile profile = ChildProfile.builder().displayName("Mia").age(7).build();
        String newer = StoryCodec.toJson(profile).replaceFirst("\\{", "{\"favouriteColour\":\"blue\",");

        assertThat(StoryCodec.profileFromJson(newer)).isEqualTo(profile);
        assertThatThrownBy(() -> StoryCodec.storyFromJson("{\"id\":"))
                .isInstanceOf(StorageException.class).hasMessageContaining("could not be read back");
    }
}
