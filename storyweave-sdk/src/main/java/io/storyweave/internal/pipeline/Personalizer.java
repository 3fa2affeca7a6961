package io.storyweave.internal.pipeline;

import io.storyweave.Page;
import io.storyweave.Story;
import io.storyweave.StoryRequest;
import io.storyweave.StorySource;
import io.storyweave.internal.prompt.PromptComposer;

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
        return templateText.replace(PromptComposer.HERO_PLACEHOLDER, heroName(request));
    }

    public Story apply(Story template, StoryRequest request, String id, StorySource source) {
        return template.toBuilder().id(id).title(apply(template.title(), request))
                .pages(template.pages().stream().map(p -> new Page(apply(p.text(), request))).toList())
                .request(request).source(source).build();
    }
}
