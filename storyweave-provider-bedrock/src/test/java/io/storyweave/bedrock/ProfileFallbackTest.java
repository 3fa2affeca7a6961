package io.storyweave.bedrock;

import io.storyweave.ModelTier;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.spi.ModelResponse;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.storyweave.bedrock.BedrockFixtures.request;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_45;
import static io.storyweave.testing.bedrock.BedrockAnswers.conversePath;
import static io.storyweave.testing.bedrock.BedrockAnswers.error;
import static io.storyweave.testing.bedrock.BedrockAnswers.onDemandMessage;
import static io.storyweave.testing.bedrock.BedrockAnswers.story;
import static io.storyweave.testing.bedrock.BedrockStandIn.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProfileFallbackTest {
    private static final String PROFILE = "us." + SONNET_45;

    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    private BedrockModelProvider provider(boolean fallback) {
        return BedrockFixtures.provider(bedrock.url()).tierModel(ModelTier.MEDIUM, SONNET_45).profileFallback(fallback)
                .stsEndpointOverride(java.net.URI.create(bedrock.url() + "/sts")).build();
    }

    private void bareIdRefused() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_45)))
                .willReturn(wire(error(400, "ValidationException", onDemandMessage(SONNET_45)))));
    }

    @Test
    void onDemandRefusalIsRetriedOnceWithTheRegionsProfileAndRemembered() {
        bareIdRefused();
        bedrock.stubFor(post(urlPathEqualTo(conversePath(PROFILE))).willReturn(wire(story(2))));
        try (BedrockModelProvider provider = provider(true)) {
            ModelResponse first = provider.generate(request(provider, ModelTier.MEDIUM, 2));
            ModelResponse second = provider.generate(request(provider, ModelTier.MEDIUM, 2));

            assertThat(first.modelId()).isEqualTo(PROFILE);
            assertThat(second.modelId()).isEqualTo(PROFILE);
            assertThat(provider.model(ModelTier.MEDIUM).modelId()).isEqualTo(SONNET_45);
        }
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(SONNET_45))));
        bedrock.server().verify(2, postRequestedFor(urlPathEqualTo(conversePath(PROFILE))));
    }

    @Test
    void concurrentFirstCallsWarnOnceAndLaterCallsGoStraightToTheProfile() throws Exception {
        bareIdRefused();
        bedrock.stubFor(post(urlPathEqualTo(conversePath(PROFILE))).willReturn(wire(story(1))));
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (BedrockModelProvider provider = provider(true)) {
            List<CompletableFuture<ModelResponse>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> provider.generate(request(provider, ModelTier.MEDIUM, 1))));
            }
            for (CompletableFuture<ModelResponse> call : calls) {
                assertThat(call.get().modelId()).isEqualTo(PROFILE);
            }
            int bareCalls = bedrock.server().findAll(postRequestedFor(urlPathEqualTo(conversePath(SONNET_45)))).size();
            provider.generate(request(provider, ModelTier.MEDIUM, 1));
            bedrock.server().verify(bareCalls, postRequestedFor(urlPathEqualTo(conversePath(SONNET_45))));
        } finally {
            System.setErr(originalErr);
        }
        bedrock.server().verify(17, postRequestedFor(urlPathEqualTo(conversePath(PROFILE))));
        assertThat(log.toString(StandardCharsets.UTF_8).split("no on-demand throughput", -1)).hasSize(2);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("WARN").contains("storyweave.bedrock.model.medium=" + PROFILE);
    }

    @Test
    void whenTheProfileFailsToTheErrorNamesBothIdsAndHowToConfigureAnArn() {
        bareIdRefused();
        bedrock.stubFor(post(urlPathEqualTo(conversePath(PROFILE)))
                .willReturn(wire(error(400, "ValidationException", "The provided model identifier is invalid."))));
        try (BedrockModelProvider provider = provider(true)) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
            assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains(SONNET_45).contains(PROFILE).contains("both failed")
                    .contains("storyweave.bedrock.inferenceProfileArn").contains("STORYWEAVE_BEDROCK_MODEL_MEDIUM")
                    .contains("application-inference-profile");
        }
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(SONNET_45))));
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(PROFILE))));
    }

    @Test
    void withFallbackOffTheRefusalIsNotRetriedAndNamesBothIdsAndThePolicyCause() {
        bareIdRefused();
        try (BedrockModelProvider provider = provider(false)) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains(SONNET_45).contains(PROFILE).contains("profileFallback=false")
                    .contains("organisation").contains("policy");
        }
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo(conversePath(SONNET_45))));
        bedrock.server().verify(0, postRequestedFor(urlPathEqualTo(conversePath(PROFILE))));
    }

    @Test
    void deniedProfileSaysAnOrganisationOrRegionPolicyMayBeTheCauseAndNamesBothIds() {
        bareIdRefused();
        bedrock.stubFor(post(urlPathEqualTo(conversePath(PROFILE))).willReturn(wire(error(403, "AccessDeniedException",
                "User is not authorized to perform: bedrock:InvokeModel with an explicit deny in a service control policy"))));
        try (BedrockModelProvider provider = provider(true)) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
            assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
            assertThat(e.getMessage()).contains(SONNET_45).contains(PROFILE).contains("organisation (SCP) or region policy");
        }
    }

    @Test
    void otherValidationErrorsAreNeverRetried() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_45)))
                .willReturn(wire(error(400, "ValidationException", "messages.0.content: field required"))));
        try (BedrockModelProvider provider = provider(true)) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
            assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
            assertThat(e.retryable()).isFalse();
            assertThat(e.errorCode()).isEqualTo("ValidationException");
            assertThat(e.requestId()).isEqualTo("req-ValidationException");
        }
        assertThat(bedrock.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void profileIdsAreNeverRewrittenEvenOnAnOnDemandMessage() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(PROFILE)))
                .willReturn(wire(error(400, "ValidationException", onDemandMessage(PROFILE)))));
        try (BedrockModelProvider provider = BedrockFixtures.provider(bedrock.url()).tierModel(ModelTier.MEDIUM, PROFILE)
                .build()) {
            catchThrowableOfType(ModelProviderException.class, () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
        }
        assertThat(bedrock.server().getAllServeEvents()).hasSize(1);
    }
}
