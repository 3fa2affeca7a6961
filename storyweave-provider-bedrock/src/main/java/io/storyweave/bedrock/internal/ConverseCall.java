package io.storyweave.bedrock.internal;

import io.storyweave.bedrock.internal.ConverseCalls.Guardrail;
import io.storyweave.spi.ModelRequest;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;

/** One sync Converse call with the output tool forced, read into an {@link Outcome}. */
public final class ConverseCall {
    private ConverseCall() {
    }

    /**
     * @param client    the sync Bedrock Runtime client
     * @param request   the core's call
     * @param guardrail the guardrail to send, or {@code null}
     * @return the call, for any model id and budget
     */
    public static ModelCall of(BedrockRuntimeClient client, ModelRequest request, Guardrail guardrail) {
        return (modelId, maxTokens) -> {
            ConverseResponse r = client.converse(ConverseCalls.converse(request, modelId, maxTokens, guardrail));
            return new Outcome(ConverseCalls.output(r, request.outputSchema().name()),
                    Outcome.usage(r.usage()),
                    modelId, r.stopReasonAsString(), r.responseMetadata().requestId());
        };
    }
}
