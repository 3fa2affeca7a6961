package io.storyweave.bedrock;

import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.CreateGuardrailRequest;
import software.amazon.awssdk.services.bedrock.model.CreateGuardrailResponse;
import software.amazon.awssdk.services.bedrock.model.CreateGuardrailVersionResponse;
import software.amazon.awssdk.services.bedrock.model.GuardrailContentFilterConfig;
import software.amazon.awssdk.services.bedrock.model.GuardrailContentFilterType;
import software.amazon.awssdk.services.bedrock.model.GuardrailContentPolicyConfig;
import software.amazon.awssdk.services.bedrock.model.GuardrailFilterStrength;
import software.amazon.awssdk.services.bedrock.model.GuardrailManagedWordsConfig;
import software.amazon.awssdk.services.bedrock.model.GuardrailManagedWordsType;
import software.amazon.awssdk.services.bedrock.model.GuardrailPiiEntityConfig;
import software.amazon.awssdk.services.bedrock.model.GuardrailPiiEntityType;
import software.amazon.awssdk.services.bedrock.model.GuardrailSensitiveInformationAction;
import software.amazon.awssdk.services.bedrock.model.GuardrailSensitiveInformationPolicyConfig;
import software.amazon.awssdk.services.bedrock.model.GuardrailTopicConfig;
import software.amazon.awssdk.services.bedrock.model.GuardrailTopicPolicyConfig;
import software.amazon.awssdk.services.bedrock.model.GuardrailTopicType;
import software.amazon.awssdk.services.bedrock.model.GuardrailWordConfig;
import software.amazon.awssdk.services.bedrock.model.GuardrailWordPolicyConfig;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Provisions the child-safety Bedrock Guardrail StoryWeave recommends: content filters at high
 * strength (sexual, violence, hate, insults, misconduct, and prompt attacks on the input), denied
 * topics for the categories StoryWeave checks itself (weapons, self-harm, alcohol and drugs,
 * grooming and secrecy, dieting, threats to the reader, dangerous acts to copy), personal-information filters (e-mail,
 * phone, address, URL, card numbers, user names, passwords) and the managed profanity list. It
 * creates the guardrail and a numbered version, to configure with
 * {@value BedrockSettings#GUARDRAIL_ID} and {@value BedrockSettings#GUARDRAIL_VERSION}.
 *
 * <p>Needs the Bedrock control-plane client, artifact {@code software.amazon.awssdk:bedrock}
 * (an optional dependency of this plugin; the {@code storyweave} command line has it), and the
 * IAM permissions {@code bedrock:CreateGuardrail} and {@code bedrock:CreateGuardrailVersion}.
 */
public final class RecommendedGuardrail {
    /** The name used when none is given. */
    public static final String DEFAULT_NAME = "storyweave-child-safety";
    private static final String BLOCKED = "StoryWeave's child-safety guardrail blocked this.";

    /**
     * What was created.
     *
     * @param id      the guardrail id, for {@value BedrockSettings#GUARDRAIL_ID}
     * @param arn     the guardrail ARN
     * @param version the numbered version, for {@value BedrockSettings#GUARDRAIL_VERSION}
     */
    public record Created(String id, String arn, String version) {
        /** Requires every field. */
        public Created {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(arn, "arn");
            Objects.requireNonNull(version, "version");
        }
    }

    private RecommendedGuardrail() {
    }

    /**
     * Creates the guardrail and its first numbered version.
     *
     * @param bedrock the Bedrock control-plane client
     * @param name    the guardrail's name (1 to 50 characters: letters, digits, {@code _} and {@code -})
     * @return the ids to configure
     */
    public static Created create(BedrockClient bedrock, String name) {
        CreateGuardrailResponse created = bedrock.createGuardrail(request(name));
        CreateGuardrailVersionResponse version = bedrock.createGuardrailVersion(v -> v
                .guardrailIdentifier(created.guardrailId())
                .description("Created by storyweave guardrail create")
                .clientRequestToken(UUID.randomUUID().toString()));
        return new Created(created.guardrailId(), created.guardrailArn(), version.version());
    }

    /**
     * @param name the guardrail's name
     * @return the CreateGuardrail request StoryWeave recommends
     */
    public static CreateGuardrailRequest request(String name) {
        return CreateGuardrailRequest.builder()
                .name(name)
                .description("Child-safety guardrail recommended by StoryWeave for stories read by children")
                .blockedInputMessaging(BLOCKED)
                .blockedOutputsMessaging(BLOCKED)
                .contentPolicyConfig(GuardrailContentPolicyConfig.builder().filtersConfig(
                        filter(GuardrailContentFilterType.SEXUAL, GuardrailFilterStrength.HIGH),
                        filter(GuardrailContentFilterType.VIOLENCE, GuardrailFilterStrength.HIGH),
                        filter(GuardrailContentFilterType.HATE, GuardrailFilterStrength.HIGH),
                        filter(GuardrailContentFilterType.INSULTS, GuardrailFilterStrength.HIGH),
                        filter(GuardrailContentFilterType.MISCONDUCT, GuardrailFilterStrength.HIGH),
                        // Prompt attacks are judged on the input only; Bedrock requires NONE on the output.
                        GuardrailContentFilterConfig.builder().type(GuardrailContentFilterType.PROMPT_ATTACK)
                                .inputStrength(GuardrailFilterStrength.HIGH).outputStrength(GuardrailFilterStrength.NONE)
                                .build()).build())
                .topicPolicyConfig(GuardrailTopicPolicyConfig.builder().topicsConfig(
                        topic("Weapons", "Real weapons such as guns, knives used to hurt, or explosives in a child's"
                                + " hands or world.", "a child finds a loaded gun", "taking a knife to school"),
                        topic("Self-harm", "Hurting oneself, wanting to disappear or die, hiding injuries, or"
                                + " suicide, even when hinted.", "cutting her arm when sad", "wishing to disappear forever"),
                        topic("Alcohol drugs and smoking", "Children drinking alcohol, taking drugs or pills for fun,"
                                + " smoking or vaping.", "getting drunk on beer", "trying a cigarette"),
                        topic("Grooming and secrecy", "Adults or strangers giving gifts, asking children to keep"
                                + " secrets from parents, meet alone or get into a car.", "our little secret, don't tell"
                                + " mum", "meet your online friend alone"),
                        topic("Dieting and body shaming", "Dieting, skipping meals, weight loss praise or judging a"
                                + " child's body.", "skipping lunch to get thinner", "you are too fat"),
                        topic("Threats to the reader", "Lines that threaten or frighten the reader directly.",
                                "it will find you tonight", "look behind you"),
                        topic("Dangerous acts to copy", "Children doing dangerous things they could copy, shown as fun:"
                                + " fire and matches, climbing out of windows, eating wild berries, cleaning products,"
                                + " railway lines.", "lighting matches in a den", "hiding inside an old fridge")).build())
                .sensitiveInformationPolicyConfig(GuardrailSensitiveInformationPolicyConfig.builder().piiEntitiesConfig(
                        pii(GuardrailPiiEntityType.EMAIL), pii(GuardrailPiiEntityType.PHONE),
                        pii(GuardrailPiiEntityType.ADDRESS), pii(GuardrailPiiEntityType.URL),
                        pii(GuardrailPiiEntityType.CREDIT_DEBIT_CARD_NUMBER), pii(GuardrailPiiEntityType.USERNAME),
                        pii(GuardrailPiiEntityType.PASSWORD)).build())
                .wordPolicyConfig(GuardrailWordPolicyConfig.builder()
                        .managedWordListsConfig(GuardrailManagedWordsConfig.builder()
                                .type(GuardrailManagedWordsType.PROFANITY).build())
                        .wordsConfig(List.of("suicide", "kill yourself", "porn", "vape", "vodka").stream()
                                .map(w -> GuardrailWordConfig.builder().text(w).build()).toList())
                        .build())
                .clientRequestToken(UUID.randomUUID().toString())
                .build();
    }

    private static GuardrailContentFilterConfig filter(GuardrailContentFilterType type, GuardrailFilterStrength strength) {
        return GuardrailContentFilterConfig.builder().type(type).inputStrength(strength).outputStrength(strength).build();
    }

    private static GuardrailTopicConfig topic(String name, String definition, String... examples) {
        return GuardrailTopicConfig.builder().name(name).definition(definition).examples(examples)
                .type(GuardrailTopicType.DENY).build();
    }

    private static GuardrailPiiEntityConfig pii(GuardrailPiiEntityType type) {
        return GuardrailPiiEntityConfig.builder().type(type).action(GuardrailSensitiveInformationAction.BLOCK).build();
    }
}
