package io.storyweave;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * List price of a model in US dollars per million tokens, with the prompt-cache prices. Where the
 * cache prices are not given they follow Bedrock's pricing of Claude: writing to the prompt cache
 * costs {@value #CACHE_WRITE_FACTOR} times the input price, reading from it {@value #CACHE_READ_FACTOR}
 * times.
 *
 * @param inputPerMillion      dollars per million input tokens not read from or written to the prompt cache
 * @param outputPerMillion     dollars per million output tokens
 * @param cacheReadPerMillion  dollars per million input tokens read from the prompt cache
 * @param cacheWritePerMillion dollars per million input tokens written to the prompt cache
 */
public record ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion, BigDecimal cacheReadPerMillion,
                         BigDecimal cacheWritePerMillion) {
    /** Cache-read price as a share of the input price when none is given (Bedrock's Claude pricing). */
    public static final String CACHE_READ_FACTOR = "0.1";
    /** Cache-write price as a multiple of the input price when none is given (Bedrock's Claude pricing). */
    public static final String CACHE_WRITE_FACTOR = "1.25";
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    /** Rejects missing or negative prices. */
    public ModelPrice {
        if (inputPerMillion == null || outputPerMillion == null || cacheReadPerMillion == null
                || cacheWritePerMillion == null || inputPerMillion.signum() < 0 || outputPerMillion.signum() < 0
                || cacheReadPerMillion.signum() < 0 || cacheWritePerMillion.signum() < 0) {
            throw new StoryWeaveConfigException("prices are required and cannot be negative: input " + inputPerMillion
                    + ", output " + outputPerMillion + ", cache read " + cacheReadPerMillion + ", cache write "
                    + cacheWritePerMillion + " (dollars per million tokens)");
        }
    }

    /**
     * A price whose cache prices follow Bedrock's Claude pricing: reads {@value #CACHE_READ_FACTOR} and
     * writes {@value #CACHE_WRITE_FACTOR} times the input price.
     *
     * @param inputPerMillion  dollars per million input tokens
     * @param outputPerMillion dollars per million output tokens
     */
    public ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
        this(inputPerMillion, outputPerMillion, scaled(inputPerMillion, CACHE_READ_FACTOR),
                scaled(inputPerMillion, CACHE_WRITE_FACTOR));
    }

    /**
     * @param inputPerMillion  dollars per million input tokens, e.g. "3.00"
     * @param outputPerMillion dollars per million output tokens, e.g. "15.00"
     * @return the price, with cache prices following Bedrock's Claude pricing (reads 0.1 times, writes 1.25 times the input price)
     */
    public static ModelPrice of(String inputPerMillion, String outputPerMillion) {
        return new ModelPrice(parse(inputPerMillion, "input"), parse(outputPerMillion, "output"));
    }

    /**
     * @param inputPerMillion      dollars per million input tokens, e.g. "3.00"
     * @param outputPerMillion     dollars per million output tokens, e.g. "15.00"
     * @param cacheReadPerMillion  dollars per million tokens read from the prompt cache, e.g. "0.30"
     * @param cacheWritePerMillion dollars per million tokens written to the prompt cache, e.g. "3.75"
     * @return the price
     */
    public static ModelPrice of(String inputPerMillion, String outputPerMillion, String cacheReadPerMillion,
                                String cacheWritePerMillion) {
        return new ModelPrice(parse(inputPerMillion, "input"), parse(outputPerMillion, "output"),
                parse(cacheReadPerMillion, "cache read"), parse(cacheWritePerMillion, "cache write"));
    }

    /**
     * @param usage tokens used
     * @return the cost in dollars: each kind of token at its price
     */
    public BigDecimal cost(TokenUsage usage) {
        return inputPerMillion.multiply(BigDecimal.valueOf(usage.inputTokens()))
                .add(outputPerMillion.multiply(BigDecimal.valueOf(usage.outputTokens())))
                .add(cacheReadPerMillion.multiply(BigDecimal.valueOf(usage.cacheReadInputTokens())))
                .add(cacheWritePerMillion.multiply(BigDecimal.valueOf(usage.cacheWriteInputTokens())))
                .divide(MILLION, 8, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal scaled(BigDecimal price, String factor) {
        return price == null ? null : price.multiply(new BigDecimal(factor)).stripTrailingZeros();
    }

    private static BigDecimal parse(String value, String kind) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new StoryWeaveConfigException("prices must be decimal numbers of dollars per million tokens, e.g."
                    + " \"3.00\"; the " + kind + " price was \"" + value + "\"");
        }
    }
}
