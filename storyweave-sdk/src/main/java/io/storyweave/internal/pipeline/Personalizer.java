package io.storyweave.internal.pipeline;

import io.storyweave.Page;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.internal.prompt.PromptComposer;

import java.util.List;

/** Writes the hero's name into a template story, on this side of the model call. */
public final class Personalizer {
    private final String defaultHeroName;

    public Personalizer(String defaultHeroName) {
        this.defaultHeroName = defaultHeroName;
    }

    public String heroName(StoryRequest request) {
        return request.heroName() != null ? request.heroName() : defaultHeroName;
    }

    public String apply(String templateText, StoryRequest request) {
        return withHero(templateText, heroName(request));
    }

    private static String withHero(String templateText, String hero) {
        return templateText.replace(PromptComposer.HERO_PLACEHOLDER, hero);
    }

    /** Runs on every cache hit, so the pages are copied in a loop and the story built once, without a builder. */
    public Story apply(Story template, StoryRequest request, String id, StorySource source) {
        String hero = heroName(request);
        List<Page> templatePages = template.pages();
        Page[] pages = new Page[templatePages.size()];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = new Page(withHero(templatePages.get(i).text(), hero));
        }
        return new Story(id, withHero(template.title(), hero), List.of(pages), request,
                template.modelId(), template.tier(), template.usage(), template.estimatedCostUsd(), template.createdAt(),
                source, template.quality());
    }
}
