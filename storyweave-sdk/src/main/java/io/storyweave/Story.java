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
        return toBuilder().source(value).build();
    }

    /**
     * A builder, so that stores, fakes and tests build stories without depending on the order and
     * number of this record's components (fields may be added in later versions).
     *
     * @return an empty builder: source {@link StorySource#MODEL}, usage zero, created now
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this story's values */
    public Builder toBuilder() {
        return new Builder().id(id).title(title).pages(pages).request(request).modelId(modelId).tier(tier).usage(usage)
                .estimatedCostUsd(estimatedCostUsd).createdAt(createdAt).source(source).quality(quality);
    }

    /** Builds a {@link Story}; {@link #build()} checks every required field. */
    public static final class Builder {
        private String id;
        private String title;
        private List<Page> pages = List.of();
        private StoryRequest request;
        private String modelId;
        private ModelTier tier;
        private TokenUsage usage = TokenUsage.ZERO;
        private BigDecimal estimatedCostUsd;
        private Instant createdAt = Instant.now();
        private StorySource source = StorySource.MODEL;
        private QualityReport quality;

        private Builder() {
        }

        /**
         * @param value the id
         * @return this
         */
        public Builder id(String value) {
            id = value;
            return this;
        }

        /**
         * @param value the title
         * @return this
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * @param value the pages
         * @return this
         */
        public Builder pages(List<Page> value) {
            pages = value;
            return this;
        }

        /**
         * @param value the request it answers
         * @return this
         */
        public Builder request(StoryRequest value) {
            request = value;
            return this;
        }

        /**
         * @param value the model id that wrote it
         * @return this
         */
        public Builder modelId(String value) {
            modelId = value;
            return this;
        }

        /**
         * @param value the tier asked for
         * @return this
         */
        public Builder tier(ModelTier value) {
            tier = value;
            return this;
        }

        /**
         * @param value tokens of every call made for it
         * @return this
         */
        public Builder usage(TokenUsage value) {
            usage = value;
            return this;
        }

        /**
         * @param value estimated cost in US dollars, or {@code null}
         * @return this
         */
        public Builder estimatedCostUsd(BigDecimal value) {
            estimatedCostUsd = value;
            return this;
        }

        /**
         * @param value when it was written
         * @return this
         */
        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        /**
         * @param value where this copy came from
         * @return this
         */
        public Builder source(StorySource value) {
            source = value;
            return this;
        }

        /**
         * @param value the checks it passed
         * @return this
         */
        public Builder quality(QualityReport value) {
            quality = value;
            return this;
        }

        /**
         * @return the story
         * @throws NullPointerException naming a missing required field
         */
        public Story build() {
            return new Story(id, title, pages, request, modelId, tier, usage, estimatedCostUsd, createdAt, source, quality);
        }
    }

    /** @return the whole text, pages separated by blank lines */
    public String text() {
        return String.join("\n\n", pages.stream().map(Page::text).toList());
    }
}
