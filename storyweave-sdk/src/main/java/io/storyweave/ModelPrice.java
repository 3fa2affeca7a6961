package io.storyweave;

import java.math.BigDecimal;

/**
 * List price of a model in US dollars per million tokens.
 *
 * @param inputPerMillion  dollars per million input tokens
 * @param outputPerMillion dollars per million output tokens
 */
public record ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    /** Rejects missing or negative prices. */
    public ModelPrice {
        if (inputPerMillion == null || outputPerMillion == null || inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0) {
            throw new StoryWeaveConfigException("prices are required and cannot be negative: " + inputPerMillion + " / " + outputPerMillion);
        }
    }

    /**
     * @param inputPerMillion  dollars per million input tokens, e.g. "3.00"
     * @param outputPerMillion dollars per million output tokens, e.g. "15.00"
     * @return the price
     */
    public static ModelPrice of(String inputPerMillion, String outputPerMillion) {
        try {
            return new ModelPrice(new BigDecimal(inputPerMillion.trim()), new BigDecimal(outputPerMillion.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new StoryWeaveConfigException("prices must be decimal numbers of dollars per million tokens, e.g. \"3.00\";"
                    + " was \"" + inputPerMillion + "\" / \"" + outputPerMillion + "\"");
        }
    }

    /**
     * @param usage tokens used
     * @return the cost in dollars
     */
    public BigDecimal cost(TokenUsage usage) {
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        return inputPerMillion.multiply(BigDecimal.valueOf(usage.inputTokens()))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(usage.outputTokens())))
                .divide(million, 8, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
