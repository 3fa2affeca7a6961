package io.storyweave.bedrock;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ApplyGuardrailResponse;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentSource;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailTextBlock;

import java.util.Locale;

/**
 * Whether a configured Bedrock Guardrail exists and may be used, found the way StoryWeave uses it:
 * one ApplyGuardrail call on a harmless sentence (Bedrock bills it as one text unit). Needs only
 * the runtime client and {@code bedrock:ApplyGuardrail}.
 */
public final class GuardrailCheck {
    private static final String SAMPLE = "The cat sat on the mat and purred.";

    /**
     * What the check found.
     *
     * @param usable  whether StoryWeave can apply the guardrail
     * @param message what was found and, when it is not usable, what to do
     */
    public record Outcome(boolean usable, String message) {
    }

    private GuardrailCheck() {
    }

    /**
     * @param runtime a Bedrock Runtime client
     * @param id      guardrail id or ARN
     * @param version {@code DRAFT} or a version number
     * @return the outcome
     */
    public static Outcome run(BedrockRuntimeClient runtime, String id, String version) {
        String name = "guardrail " + id + " version " + version;
        try {
            ApplyGuardrailResponse response = runtime.applyGuardrail(r -> r.guardrailIdentifier(id)
                    .guardrailVersion(version).source(GuardrailContentSource.OUTPUT)
                    .content(GuardrailContentBlock.fromText(GuardrailTextBlock.builder().text(SAMPLE).build())));
            return new Outcome(true, name + " answers (action on a harmless sentence: "
                    + response.actionAsString().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
            if (e.statusCode() == 404 || code.contains("ResourceNotFound")) {
                return new Outcome(false, name + " does not exist in this account and region. Check "
                        + BedrockSettings.GUARDRAIL_ID + " and " + BedrockSettings.GUARDRAIL_VERSION
                        + ", or create the recommended one with `storyweave guardrail create`.");
            }
            if (e.statusCode() == 403) {
                return new Outcome(false, name + ": access denied (" + code + "). The credentials need"
                        + " bedrock:ApplyGuardrail on arn:aws:bedrock:REGION:ACCOUNT:guardrail/" + id + ".");
            }
            return new Outcome(false, name + " could not be checked: " + code + " (HTTP " + e.statusCode() + ")");
        } catch (RuntimeException e) {
            return new Outcome(false, name + " could not be checked: " + e.getClass().getSimpleName());
        }
    }
}
