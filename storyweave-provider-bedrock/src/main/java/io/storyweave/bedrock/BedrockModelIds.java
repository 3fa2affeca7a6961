package io.storyweave.bedrock;

import io.storyweave.bedrock.internal.ModelIds;

/**
 * Facts about Bedrock model ids that tools built on StoryWeave (diagnostics, configuration
 * checks) need, with the same rules the provider itself applies.
 */
public final class BedrockModelIds {
    private BedrockModelIds() {
    }

    /**
     * @param id a model id, inference profile id or ARN
     * @return whether it is a bare foundation model id (no geography prefix, not an ARN)
     */
    public static boolean isPlainModelId(String id) {
        return ModelIds.isPlainModelId(id);
    }

    /**
     * The system-defined cross-region inference profile the provider falls back to for a bare
     * model id in a region, e.g. {@code us.anthropic.claude-sonnet-4-5-20250929-v1:0} in us-east-1.
     *
     * @param modelId a bare model id
     * @param region  the client's region, e.g. {@code eu-west-1}
     * @return the profile id
     */
    public static String crossRegionProfileId(String modelId, String region) {
        return ModelIds.geographyPrefix(region) + modelId;
    }

    /**
     * @param validationMessage the message of a Bedrock ValidationException
     * @return whether it is Bedrock's answer that the model needs an inference profile
     *         (no on-demand throughput)
     */
    public static boolean needsInferenceProfile(String validationMessage) {
        return ModelIds.isOnDemandUnsupported(validationMessage);
    }
}
