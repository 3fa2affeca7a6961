package io.storyweave;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How capable (and how expensive) a model StoryWeave uses. The provider maps each tier to a model. */
public enum ModelTier {
    /** Fastest and cheapest. */
    CHEAP,
    /** The default balance of quality and cost. */
    MEDIUM,
    /** Better writing at a higher price. */
    QUALITY,
    /** The most capable model. */
    EXPENSIVE;

    /**
     * Parses a tier name, ignoring case and surrounding spaces.
     *
     * @param value  the text, e.g. {@code "cheap"}
     * @param source where the value came from, named in the error (e.g. {@code AWS_BEDROCK_MODEL_TIER})
     * @return the tier
     * @throws StoryWeaveConfigException naming the value and listing the valid ones
     */
    public static ModelTier parse(String value, String source) {
        if (value != null) {
            String wanted = value.trim().toUpperCase(Locale.ROOT);
            for (ModelTier tier : values()) {
                if (tier.name().equals(wanted)) {
                    return tier;
                }
            }
        }
        throw new StoryWeaveConfigException("Unknown model tier \"" + value + "\" from " + source
                + ". Valid tiers: " + validNames() + " (case does not matter).");
    }

    /** @return the valid names, lower-case, comma separated */
    public static String validNames() {
        return Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
