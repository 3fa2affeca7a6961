package io.storyweave.bedrock.internal;

import io.storyweave.bedrock.BedrockSettings;
import io.storyweave.spi.ModelHandle;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.spi.PluginConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Bedrock refuses a bare model id of Claude 3.7 and 4.x for on-demand throughput; such a call is
 * repeated once with the region's cross-region inference profile, and the mapping is remembered
 * for the life of the provider so later calls go straight to the profile (the refusal is logged
 * once). When the fallback is off, or the profile fails too, the error says how to configure an
 * inference profile.
 */
public final class ProfileFallback {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileFallback.class);

    private final String region;
    private final boolean enabled;
    private final Map<String, String> profileFor = new ConcurrentHashMap<>();

    /**
     * @param region  the client's region, which picks the profile's geography
     * @param enabled whether to fall back at all
     */
    public ProfileFallback(String region, boolean enabled) {
        this.region = region;
        this.enabled = enabled;
    }

    /**
     * @param model the tier's model
     * @param call  makes the call with the id given, failing with classified failures
     * @return the first call's outcome, or the profile's after an on-demand refusal
     */
    public Outcome call(ModelHandle model, Function<String, Outcome> call) {
        String configured = model.modelId();
        String remembered = profileFor.get(configured);
        String modelId = remembered != null ? remembered : configured;
        try {
            return call.apply(modelId);
        } catch (ModelProviderException e) {
            if (remembered != null || !isOnDemandRefusal(e, modelId)) {
                throw e;
            }
            return viaProfile(model, modelId, e, call);
        }
    }

    private static boolean isOnDemandRefusal(ModelProviderException e, String modelId) {
        return e.kind() == Kind.INVALID_REQUEST && ModelIds.isPlainModelId(modelId)
                && ModelIds.isOnDemandUnsupported(e.getMessage());
    }

    private Outcome viaProfile(ModelHandle model, String modelId, ModelProviderException refusal,
                               Function<String, Outcome> call) {
        String profile = ModelIds.geographyPrefix(region) + modelId;
        String modelKey = BedrockSettings.modelKey(model.tier());
        String howTo = " Set " + modelKey + " (" + PluginConfig.environmentName(modelKey) + ") to an inference profile"
                + " id such as " + profile + ", or " + BedrockSettings.INFERENCE_PROFILE_ARN + " ("
                + PluginConfig.environmentName(BedrockSettings.INFERENCE_PROFILE_ARN)
                + ") to an inference profile ARN (arn:aws:bedrock:REGION:ACCOUNT:inference-profile/... or"
                + " application-inference-profile/...) that your account and policies allow.";
        if (!enabled) {
            throw ErrorClassifier.reword(refusal, "", " Model " + modelId + " needs an inference profile, and the"
                    + " automatic fallback to the cross-region profile " + profile + " is off ("
                    + BedrockSettings.PROFILE_FALLBACK + "=false). That is usually because an organisation (SCP) or"
                    + " region policy denies some of the regions a cross-region profile routes to; such a policy may be"
                    + " the cause if " + profile + " is denied too." + howTo);
        }
        if (profileFor.putIfAbsent(model.modelId(), profile) == null) {
            LOG.warn("Bedrock model {} has no on-demand throughput in {}; using the cross-region inference profile {}"
                    + " for it from now on. Configure {}={} (or {}) to skip the failing first call.", modelId, region,
                    profile, modelKey, profile, BedrockSettings.INFERENCE_PROFILE_ARN);
        }
        try {
            return call.apply(profile);
        } catch (ModelProviderException second) {
            if (second.retryable()) {
                throw ErrorClassifier.reword(second, "(using inference profile " + profile + " instead of " + modelId
                        + ") ", "");
            }
            throw ErrorClassifier.reword(second, "Tried model id " + modelId + " (Bedrock: no on-demand throughput)"
                    + " and then the inference profile " + profile + "; both failed. Last error: ", howTo);
        }
    }
}
