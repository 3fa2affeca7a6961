package io.storyweave.spi;

import io.storyweave.ModelPrice;
import io.storyweave.ModelTier;

import java.util.Objects;
import java.util.Set;

/**
 * A tier's model as the provider resolved it, once, when the client was built: the id sent with
 * every call for that tier (a model id, an inference profile id or ARN), its list price when the
 * provider knows it, and what it can do. The core uses it for calls, cache keys and cost; when
 * the provider reports that another id answered (an inference-profile fallback), the core moves
 * to a handle with that id.
 *
 * @param tier         the tier it serves
 * @param modelId      the id calls are made with
 * @param price        list price per million tokens, or {@code null} when unknown
 * @param capabilities what the model supports
 */
public record ModelHandle(ModelTier tier, String modelId, ModelPrice price, Set<Capability> capabilities) {
    /** What a model supports beyond a plain structured call. */
    public enum Capability {
        /** The provider streams the answer as it is written. */
        STREAMING,
        /** The model accepts prompt-cache checkpoints after a static prompt prefix. */
        PROMPT_CACHING
    }

    /** Requires a tier and a non-blank id; copies the capabilities. */
    public ModelHandle {
        Objects.requireNonNull(tier, "tier");
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("a model handle needs a model id (tier " + tier + ")");
        }
        capabilities = Set.copyOf(Objects.requireNonNull(capabilities, "capabilities"));
    }

    /**
     * @param tier    the tier
     * @param modelId the id
     * @return a handle with no known price and no capabilities
     */
    public static ModelHandle of(ModelTier tier, String modelId) {
        return new ModelHandle(tier, modelId, null, Set.of());
    }

    /**
     * @param otherId the id that actually answered
     * @return this handle for that id (same tier, price and capabilities)
     */
    public ModelHandle withModelId(String otherId) {
        return new ModelHandle(tier, otherId, price, capabilities);
    }

    /**
     * @param capability a capability
     * @return whether the model has it
     */
    public boolean supports(Capability capability) {
        return capabilities.contains(capability);
    }
}
