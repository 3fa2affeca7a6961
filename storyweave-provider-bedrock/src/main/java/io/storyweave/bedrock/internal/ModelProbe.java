package io.storyweave.bedrock.internal;

import io.storyweave.Diagnostic;
import io.storyweave.ModelTier;
import io.storyweave.bedrock.BedrockSettings;
import io.storyweave.spi.PluginConfig;
import io.storyweave.spi.Secrets;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConversationRole;
import software.amazon.awssdk.services.bedrockruntime.model.Message;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Whether a model can be called, found with the smallest call there is: one Converse asking for
 * one output token. A bare model id without on-demand throughput is checked the way the provider
 * would then call it, through the region's cross-region inference profile (unless the fallback is off).
 */
public final class ModelProbe {
    private final BedrockRuntimeClient bedrock;
    private final String region;
    private final boolean fallback;
    private final Consumer<Diagnostic> report;

    /**
     * @param bedrock  the runtime client
     * @param region   its region (the profile's geography)
     * @param fallback whether the provider falls back to the cross-region profile
     * @param report   receives the lines
     */
    public ModelProbe(BedrockRuntimeClient bedrock, String region, boolean fallback, Consumer<Diagnostic> report) {
        this.bedrock = bedrock;
        this.region = region;
        this.fallback = fallback;
        this.report = report;
    }

    /**
     * @param tiers the tiers that use the model
     * @return the topic of their line, e.g. {@code model cheap+medium}
     */
    public static String topic(List<ModelTier> tiers) {
        return "model " + String.join("+", tiers.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).toList());
    }

    /** What one call found. */
    private record Probe(String code, String message) {
        static final Probe OK = new Probe(null, null);

        boolean ok() {
            return code == null;
        }

        boolean needsProfile() {
            return "ValidationException".equals(code) && ModelIds.isOnDemandUnsupported(message);
        }
    }

    /**
     * @param modelId the id the tiers call
     * @param tiers   the tiers that use it
     */
    public void check(String modelId, List<ModelTier> tiers) {
        String topic = topic(tiers);
        String tierKey = PluginConfig.environmentName(BedrockSettings.modelKey(tiers.get(0)));
        Probe probe = call(modelId);
        if (probe.ok()) {
            report.accept(Diagnostic.ok(topic, modelId + " answers"));
        } else if (probe.needsProfile()) {
            needsProfile(modelId, topic, tierKey);
        } else if ("AccessDeniedException".equals(probe.code())) {
            report.accept(Diagnostic.fail(topic, modelId + " access denied: " + probe.message() + " (request model"
                    + " access in the Bedrock console for this region, and allow bedrock:InvokeModel for these credentials)."));
        } else if ("ResourceNotFoundException".equals(probe.code())) {
            report.accept(Diagnostic.fail(topic, modelId + " not found in this region: " + probe.message()
                    + " (check the id, or set " + tierKey + ")."));
        } else if ("ThrottlingException".equals(probe.code()) || "ServiceQuotaExceededException".equals(probe.code())) {
            report.accept(Diagnostic.warn(topic, modelId + " is reachable but throttled right now: " + probe.message()));
        } else if ("unreachable".equals(probe.code())) {
            report.accept(Diagnostic.fail(topic, modelId + " could not be reached: " + probe.message()));
        } else {
            report.accept(Diagnostic.fail(topic, modelId + " failed: " + probe.code() + ": " + probe.message()));
        }
    }

    private void needsProfile(String modelId, String topic, String tierKey) {
        String profile = ModelIds.geographyPrefix(region) + modelId;
        String advice = "set " + tierKey + "=" + profile + " (or storyweave.bedrock.preset=claude-4)";
        if (!fallback || !ModelIds.isPlainModelId(modelId)) {
            report.accept(Diagnostic.fail(topic, modelId + " needs an inference profile (no on-demand throughput): "
                    + advice + "."));
            return;
        }
        Probe viaProfile = call(profile);
        if (viaProfile.ok()) {
            report.accept(Diagnostic.warn(topic, modelId + " needs an inference profile (no on-demand throughput);"
                    + " StoryWeave falls back to " + profile + ", which answers. To skip the failing first call, "
                    + advice + "."));
        } else {
            report.accept(Diagnostic.fail(topic, modelId + " needs an inference profile (no on-demand throughput), and"
                    + " the fallback " + profile + " failed too: " + viaProfile.code() + ": " + viaProfile.message()
                    + ". Set " + tierKey + " to an inference profile these credentials may use."));
        }
    }

    private Probe call(String modelId) {
        try {
            bedrock.converse(r -> r.modelId(modelId)
                    .messages(Message.builder().role(ConversationRole.USER).content(ContentBlock.fromText("Hi")).build())
                    .inferenceConfig(c -> c.maxTokens(1)));
            return Probe.OK;
        } catch (AwsServiceException e) {
            return new Probe(code(e), Secrets.redact(e.awsErrorDetails() == null ? e.getMessage()
                    : e.awsErrorDetails().errorMessage()));
        } catch (RuntimeException e) {
            return new Probe("unreachable", Secrets.redact(e.getMessage()));
        }
    }

    /**
     * @param e a service error
     * @return its error name, else {@code HTTP <status>}
     */
    public static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "HTTP " + e.statusCode()
                : e.awsErrorDetails().errorCode();
    }
}
