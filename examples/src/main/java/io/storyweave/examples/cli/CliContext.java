package io.storyweave.examples.cli;

import io.storyweave.ModelTier;
import io.storyweave.StoryWeaveConfigException;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What every command shares: where to print, how to build clients, and the settings read from the
 * environment.
 *
 * @param out      standard output (results)
 * @param err      standard error (progress, warnings and errors)
 * @param clients  builds the StoryWeave client
 * @param env      environment look-up
 * @param sys      system property look-up
 * @param terminal whether a person is watching (progress lines are shown only then)
 */
public record CliContext(PrintWriter out, PrintWriter err, ClientFactory clients, UnaryOperator<String> env,
                         UnaryOperator<String> sys, boolean terminal) {

    /**
     * Picks the tier the way the SDK does (option, then {@code storyweave.tier}, then
     * {@code AWS_BEDROCK_MODEL_TIER}, then medium) but rejects a bad value as bad input, before
     * anything is built.
     *
     * @param option the {@code --tier} value, or {@code null}
     * @return the tier
     * @throws UsageException naming the bad value and the valid ones
     */
    public ModelTier tier(String option) {
        if (option != null) {
            return parseTier(option, "--tier");
        }
        String property = sys.apply("storyweave.tier");
        if (property != null && !property.isBlank()) {
            return parseTier(property, "system property storyweave.tier");
        }
        String variable = env.apply("AWS_BEDROCK_MODEL_TIER");
        if (variable != null && !variable.isBlank()) {
            return parseTier(variable, "AWS_BEDROCK_MODEL_TIER");
        }
        return ModelTier.MEDIUM;
    }

    private static ModelTier parseTier(String value, String source) {
        try {
            return ModelTier.parse(value, source);
        } catch (StoryWeaveConfigException e) {
            throw new UsageException("Invalid value for " + source + ": '" + value + "'. Allowed: "
                    + ModelTier.validNames() + ".");
        }
    }

    /**
     * @param option    the {@code --store} value, or {@code null}
     * @param otherwise the command's default
     * @return the store name: the option, else {@code storyweave.store} / {@code STORYWEAVE_STORE}, else the default
     */
    public String store(StoreChoice option, StoreChoice otherwise) {
        if (option != null) {
            return option.id();
        }
        Optional<String> configured = Optional.ofNullable(sys.apply("storyweave.store"))
                .or(() -> Optional.ofNullable(env.apply("STORYWEAVE_STORE"))).filter(s -> !s.isBlank());
        return configured.map(s -> StoreChoice.parse(s, "STORYWEAVE_STORE").id()).orElse(otherwise.id());
    }
}
