package io.storyweave.bedrock.internal;

import io.storyweave.CallPurpose;
import io.storyweave.bedrock.internal.ConverseCalls.Guardrail;
import io.storyweave.spi.ModelRequest;
import io.storyweave.spi.ModelResponse;

/**
 * What the provider does around one model call, the same for Converse and ConverseStream: the
 * call with the tier's id (or the inference profile it fell back to), failures classified, one
 * retry with a larger budget after a {@code max_tokens} stop, and a blocked answer rejected.
 */
public final class CallSequence {
    private final ProfileFallback fallback;
    private final ErrorClassifier errors;
    private final Guardrail guardrail;

    /**
     * @param fallback  the provider's profile fallback (it remembers mappings)
     * @param errors    classifies failures
     * @param guardrail the guardrail sent with story calls, or {@code null}
     */
    public CallSequence(ProfileFallback fallback, ErrorClassifier errors, Guardrail guardrail) {
        this.fallback = fallback;
        this.errors = errors;
        this.guardrail = guardrail;
    }

    /**
     * A review reads a draft that may be unsafe; a guardrail blocking it would leave no chance to rewrite.
     * First drafts and corrective rewrites are stories and get the guardrail.
     *
     * @param request the core's call
     * @return the guardrail to send with it, or {@code null}
     */
    public Guardrail guardrailFor(ModelRequest request) {
        return request.purpose() == CallPurpose.REVIEW ? null : guardrail;
    }

    /**
     * @param request            the core's call
     * @param call               makes one call
     * @param beforeLargerBudget runs before the retry with a larger budget
     * @return the answer
     * @throws io.storyweave.spi.ModelProviderException classified failure
     */
    public ModelResponse run(ModelRequest request, ModelCall call, Runnable beforeLargerBudget) {
        ModelCall classified = call.classifiedBy(errors);
        Outcome first = fallback.call(request.model(), id -> classified.call(id, request.maxTokens()));
        Outcome result = TokenBudget.retryIfCutOff(first, request.maxTokens(), classified, beforeLargerBudget);
        BlockedAnswer.rejectIfBlocked(result, guardrail);
        return ModelResponse.builder(result.output(), result.modelId()).usage(result.usage())
                .stopReason(result.stopReason()).requestId(result.requestId()).build();
    }
}
