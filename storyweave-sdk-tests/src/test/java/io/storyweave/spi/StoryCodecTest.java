package io.storyweave.spi;

import io.storyweave.AnxietyStyle;
import io.storyweave.ChildProfile;
import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
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

    @Test
    void aStoryInAShapeOnlyDatabindAcceptsStillReadsAsBefore() {
        Story story = Story.builder().id("s-1").title("T").pages(List.of(new Page("A page?")))
                .request(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 1)).modelId("m")
                .tier(ModelTier.MEDIUM).createdAt(Instant.parse("2026-11-25T08:00:00Z"))
                .quality(QualityReport.builder().build()).build();
        String json = StoryCodec.toJson(story);

        // A time with an offset, a number as text and a whole number as a decimal: coercions databind has always made.
        String edited = json.replace("\"2026-11-25T08:00:00Z\"", "\"2026-11-25T09:00:00+01:00\"")
                .replace("\"age\":7", "\"age\":\"7\"").replace("\"pages\":1", "\"pages\":1.0");

        assertThat(edited).isNotEqualTo(json);
        assertThat(StoryCodec.storyFromJson(edited)).isEqualTo(story);
    }

    @Test
    void aCorruptStoryIsAStorageExceptionThatSaysWhereAndWhy() {
        Story story = Story.builder().id("s-1").title("T").pages(List.of(new Page("A page?")))
                .request(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 1)).modelId("m")
                .tier(ModelTier.MEDIUM).quality(QualityReport.builder()
                        .checks(List.of(new QualityCheck("title", true, "the story has a title"))).build()).build();
        String json = StoryCodec.toJson(story);

        assertThatThrownBy(() -> StoryCodec.storyFromJson(json.replace("\"passed\":true", "\"passed\":\"yes\"")))
                .isInstanceOf(StorageException.class)
                .hasMessage("A stored Story could not be read back (corrupt or written by an incompatible version):"
                        + " at /quality/checks/0/passed: expected true or false, found a string");
        assertThatThrownBy(() -> StoryCodec.storyFromJson(json.replace("\"tier\":\"MEDIUM\"", "\"tier\":\"HUGE\"")))
                .isInstanceOf(StorageException.class)
                .hasMessageEndingWith("at /tier: \"HUGE\" is not one of [CHEAP, MEDIUM, QUALITY, EXPENSIVE]");
        assertThatThrownBy(() -> StoryCodec.storyFromJson(json.substring(0, 40)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("could not be read back").hasMessageContaining("malformed JSON: Unexpected end-of-input");
    }
}
