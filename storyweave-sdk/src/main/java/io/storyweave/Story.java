package io.storyweave;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A finished story.
 *
 * @param id               unique id, usable with {@link Stories#get(String)}
 * @param title            the title
 * @param pages            exactly {@code request.pages()} pages
 * @param request          the request it answers
 * @param modelId          the model id (or inference profile) that actually wrote it
 * @param tier             the tier that was asked for
 * @param usage            tokens summed over every model call made for it
 * @param estimatedCostUsd estimated cost in US dollars, or {@code null} when no price is known for the model
 * @param createdAt        when the model finished writing it
 * @param source           where this copy came from
 * @param quality          the checks it passed and how many drafts it took
 */
public record Story(String id, String title, List<Page> pages, StoryRequest request, String modelId, ModelTier tier,
                    TokenUsage usage, BigDecimal estimatedCostUsd, Instant createdAt, StorySource source,
                    QualityReport quality) {
    /** Requires every field but the cost, and copies the pages. */
    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quality, "quality");
    }

    /**
     * @param value where this copy came from
     * @return a copy with that source
     */
    public Story withSource(StorySource value) {
        return new Story(id, title, pages, request, modelId, tier, usage, estimatedCostUsd, createdAt, value, quality);
    }

    /** @return the whole text, pages separated by blank lines */
    public String text() {
        return String.join("\n\n", pages.stream().map(Page::text).toList());
    }
}
