package io.storyweave.bedrock.internal;

import io.storyweave.bedrock.internal.ConverseCalls.Guardrail;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;

import java.util.Set;

/** Bedrock's stop reasons for an answer a guardrail or content filter stopped: no story was written. */
public final class BlockedAnswer {
    private static final Set<String> BLOCKED = Set.of("guardrail_intervened", "content_filtered");

    private BlockedAnswer() {
    }

    /**
     * @param outcome   a finished call
     * @param guardrail the guardrail sent with it, or {@code null}
     * @return the outcome, when nothing stopped it
     * @throws ModelProviderException {@link Kind#CONTENT_BLOCKED}, naming the stop reason and guardrail
     */
    public static Outcome rejectIfBlocked(Outcome outcome, Guardrail guardrail) {
        if (outcome.stopReason() == null || !BLOCKED.contains(outcome.stopReason())) {
            return outcome;
        }
        throw new ModelProviderException("Bedrock stopped the answer of " + outcome.modelId() + " with stop reason "
                + outcome.stopReason() + (guardrail == null ? "" : " (guardrail " + guardrail.id() + " version "
                + guardrail.version() + ")") + "; the story was not written", Kind.CONTENT_BLOCKED,
                outcome.stopReason(), outcome.requestId(), null);
    }
}
