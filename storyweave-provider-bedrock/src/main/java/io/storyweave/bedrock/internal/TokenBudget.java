package io.storyweave.bedrock.internal;

import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer cut off at {@code max_tokens} gets one more call with a larger budget: twice the
 * first, capped at what the model's family allows, so the retry never asks for more than the
 * model accepts. A second cut-off (or a first one at the cap) is an output-limit failure.
 */
public final class TokenBudget {
    /** The stop reason of an answer cut off at the budget. */
    public static final String MAX_TOKENS = "max_tokens";
    private static final Logger LOG = LoggerFactory.getLogger(TokenBudget.class);

    private TokenBudget() {
    }

    /**
     * @param first              the first call's outcome
     * @param budget             the first call's budget
     * @param call               repeats the call with the id that answered and a larger budget
     * @param beforeLargerBudget runs just before the repeat (a stream restarts its sink)
     * @return the first outcome when it was not cut off, else the repeat's with both usages added
     * @throws ModelProviderException {@link Kind#OUTPUT_LIMIT} when the answer does not fit
     */
    public static Outcome retryIfCutOff(Outcome first, int budget, ModelCall call, Runnable beforeLargerBudget) {
        if (!MAX_TOKENS.equals(first.stopReason())) {
            return first;
        }
        int larger = largerBudget(budget, first.modelId());
        if (larger <= budget) {
            throw outputLimit(first, budget, 0);
        }
        LOG.info("Bedrock stopped at max_tokens ({}) for {}; retrying once with {} tokens", budget, first.modelId(),
                larger);
        beforeLargerBudget.run();
        Outcome result = call.call(first.modelId(), larger).plusUsage(first.usage());
        if (MAX_TOKENS.equals(result.stopReason())) {
            throw outputLimit(result, budget, larger);
        }
        return result;
    }

    /**
     * Twice the budget, capped at the output limit of the model's family (Claude 3: 4,096; Claude 3.5
     * and 3.7 and unknown ids such as application profile ARNs: 8,192; Claude 4.x: 32,000).
     */
    static int largerBudget(int maxTokens, String modelId) {
        int cap;
        if (modelId.contains("claude-3-opus") || modelId.contains("claude-3-haiku") || modelId.contains("claude-3-sonnet")) {
            cap = 4096;
        } else if (modelId.contains("claude-3") || !modelId.contains("claude-")) {
            cap = 8192;
        } else {
            cap = 32000;
        }
        return (int) Math.max(maxTokens, Math.min(2L * maxTokens, cap));
    }

    private static ModelProviderException outputLimit(Outcome last, int first, int second) {
        String tried = second == 0 ? first + " output tokens (the most this model allows)"
                : first + " output tokens, nor in " + second + " after one retry with a larger budget";
        return new ModelProviderException("The story from " + last.modelId() + " did not fit in " + tried
                + " (" + last.usage().totalTokens() + " tokens used). Ask for fewer pages or choose a tier whose model"
                + " allows longer answers", Kind.OUTPUT_LIMIT, MAX_TOKENS, last.requestId(), null);
    }
}
