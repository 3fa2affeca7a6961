package io.storyweave.bedrock.internal;

import io.storyweave.bedrock.internal.ConverseCalls.Guardrail;
import io.storyweave.spi.GuardVerdict;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ApplyGuardrailRequest;
import software.amazon.awssdk.services.bedrockruntime.model.ApplyGuardrailResponse;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailAction;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailAssessment;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentSource;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailOutputScope;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailTextBlock;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailUsage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies a Bedrock Guardrail to a finished story's text with ApplyGuardrail (no model is
 * called; Bedrock bills text units), and turns its assessments into a {@link GuardVerdict} whose
 * reasons name policies and categories, never the matched text.
 */
public final class OutputGuard {
    private final BedrockRuntimeClient client;
    private final Guardrail guardrail;
    private final ErrorClassifier errors;

    /**
     * @param client    the Bedrock Runtime client
     * @param guardrail which guardrail and version
     * @param errors    turns SDK failures into classified provider failures
     */
    public OutputGuard(BedrockRuntimeClient client, Guardrail guardrail, ErrorClassifier errors) {
        this.client = client;
        this.guardrail = guardrail;
        this.errors = errors;
    }

    /**
     * @param text the story's title and pages
     * @return what the guardrail decided
     * @throws io.storyweave.spi.ModelProviderException classified failure
     */
    public GuardVerdict check(String text) {
        ApplyGuardrailResponse response;
        try {
            response = client.applyGuardrail(ApplyGuardrailRequest.builder()
                    .guardrailIdentifier(guardrail.id())
                    .guardrailVersion(guardrail.version())
                    .source(GuardrailContentSource.OUTPUT)
                    .outputScope(GuardrailOutputScope.INTERVENTIONS)
                    .content(GuardrailContentBlock.fromText(GuardrailTextBlock.builder().text(text).build()))
                    .build());
        } catch (RuntimeException e) {
            throw errors.classify(e, "guardrail " + guardrail.id());
        }
        String name = "Bedrock guardrail " + guardrail.id() + " version " + guardrail.version();
        long units = units(response.usage());
        if (response.action() != GuardrailAction.GUARDRAIL_INTERVENED) {
            return GuardVerdict.passed(name, units);
        }
        List<String> reasons = reasons(response);
        if (reasons.isEmpty()) {
            reasons.add(response.actionReason() == null ? "the guardrail intervened" : response.actionReason());
        }
        return new GuardVerdict(name, true, reasons, units);
    }

    private static List<String> reasons(ApplyGuardrailResponse response) {
        List<String> reasons = new ArrayList<>();
        for (GuardrailAssessment a : response.assessments()) {
            if (a.topicPolicy() != null) {
                a.topicPolicy().topics().forEach(t -> reasons.add("denied topic " + t.name()));
            }
            if (a.contentPolicy() != null) {
                a.contentPolicy().filters().forEach(f -> reasons.add("content filter " + lower(f.typeAsString())
                        + " (" + lower(f.confidenceAsString()) + " confidence)"));
            }
            if (a.wordPolicy() != null) {
                if (!a.wordPolicy().customWords().isEmpty()) {
                    reasons.add("blocked words");
                }
                a.wordPolicy().managedWordLists().forEach(w -> reasons.add("managed word list " + lower(w.typeAsString())));
            }
            if (a.sensitiveInformationPolicy() != null) {
                a.sensitiveInformationPolicy().piiEntities().forEach(p -> reasons.add("personal information: "
                        + lower(p.typeAsString())));
                a.sensitiveInformationPolicy().regexes().forEach(r -> reasons.add("personal information pattern "
                        + r.name()));
            }
        }
        return reasons.stream().distinct().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static String lower(String value) {
        return value == null ? "unknown" : value.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static long units(GuardrailUsage usage) {
        if (usage == null) {
            return 0;
        }
        return sum(usage.topicPolicyUnits()) + sum(usage.contentPolicyUnits()) + sum(usage.wordPolicyUnits())
                + sum(usage.sensitiveInformationPolicyUnits()) + sum(usage.contextualGroundingPolicyUnits());
    }

    private static long sum(Integer value) {
        return value == null ? 0 : value;
    }
}
