package io.storyweave.internal.pipeline;

import io.storyweave.ModelTier;
import io.storyweave.Neurotype;
import io.storyweave.Page;
import io.storyweave.QualityCheck;
import io.storyweave.QualityReport;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.TokenUsage;
import io.storyweave.internal.prompt.PromptComposer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalizerTest {
    private static final String HERO = PromptComposer.HERO_PLACEHOLDER;

    private static Story template() {
        return Story.builder().id("template-1").title(HERO + " and the Red Sun")
                .pages(List.of(new Page(HERO + " sees the sun. " + HERO + " waves?"), new Page("No name here?"),
                        new Page("Ünïcode 🚀 " + HERO + "!")))
                .request(StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 3))
                .modelId("model-a").tier(ModelTier.QUALITY).usage(TokenUsage.withCache(10, 20, 30, 40))
                .estimatedCostUsd(new BigDecimal("0.004896")).createdAt(Instant.parse("2026-11-25T23:49:01.822430690Z"))
                .source(StorySource.MODEL)
                .quality(QualityReport.builder().readabilityGrade(1.5).checks(List.of(new QualityCheck("title", true, "ok")))
                        .drafts(2).build())
                .build();
    }

    @Test
    void theHerosNameGoesIntoTitleAndPagesAndEverythingElseIsTheTemplatesOrTheCallers() {
        Story template = template();
        StoryRequest request = StoryRequest.builder().neurotype(Neurotype.AUTISM).age(5).theme("sea").pages(3)
                .heroName("Zoë").build();

        Story story = new Personalizer("Sam").apply(template, request, "story-9", StorySource.STORE_CACHE);

        assertThat(story).isEqualTo(template.toBuilder().id("story-9").title("Zoë and the Red Sun")
                .pages(List.of(new Page("Zoë sees the sun. Zoë waves?"), new Page("No name here?"), new Page("Ünïcode 🚀 Zoë!")))
                .request(request).source(StorySource.STORE_CACHE).build());
        assertThat(template.pages().get(0).text()).startsWith(HERO);
    }

    @Test
    void withoutAHeroNameTheDefaultNameIsUsed() {
        StoryRequest request = StoryRequest.of(Neurotype.ADHD, 7, "space", List.of("rockets"), 3);

        Story story = new Personalizer("Sam").apply(template(), request, "story-1", StorySource.LOCAL_CACHE);

        assertThat(story.title()).isEqualTo("Sam and the Red Sun");
        assertThat(story.pages()).extracting(Page::text).containsExactly("Sam sees the sun. Sam waves?", "No name here?",
                "Ünïcode 🚀 Sam!");
        assertThat(story.source()).isEqualTo(StorySource.LOCAL_CACHE);
        assertThat(story.createdAt()).isEqualTo(template().createdAt());
    }
}
