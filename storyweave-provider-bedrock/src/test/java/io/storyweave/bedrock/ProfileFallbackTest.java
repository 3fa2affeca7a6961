package io.storyweave.bedrock;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.storyweave.ModelTier;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.spi.ModelResponse;
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
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.storyweave.bedrock.BedrockWire.SONNET_45;
import static io.storyweave.bedrock.BedrockWire.converse;
import static io.storyweave.bedrock.BedrockWire.error;
import static io.storyweave.bedrock.BedrockWire.onDemandMessage;
import static io.storyweave.bedrock.BedrockWire.request;
import static io.storyweave.bedrock.BedrockWire.storyAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProfileFallbackTest {
    private static final String PROFILE = "us." + SONNET_45;

    @RegisterExtension
    static WireMockExtension wire = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private BedrockModelProvider provider(boolean fallback) {
        return BedrockWire.provider(wire.baseUrl()).tierModel(ModelTier.MEDIUM, SONNET_45).profileFallback(fallback)
                .stsEndpointOverride(java.net.URI.create(wire.baseUrl() + "/sts")).build();
    }

    private void bareIdRefused() {
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_45)))
                .willReturn(error(400, "ValidationException", onDemandMessage(SONNET_45))));
    }

    @Test
    void onDemandRefusalIsRetriedOnceWithTheRegionsProfileAndRemembered() {
        bareIdRefused();
        wire.stubFor(post(urlPathEqualTo(converse(PROFILE))).willReturn(storyAnswer(2)));
        try (BedrockModelProvider provider = provider(true)) {
            ModelResponse first = provider.generate(request(provider, ModelTier.MEDIUM, 2));
            ModelResponse second = provider.generate(request(provider, ModelTier.MEDIUM, 2));

            assertThat(first.modelId()).isEqualTo(PROFILE);
            assertThat(second.modelId()).isEqualTo(PROFILE);
            assertThat(provider.model(ModelTier.MEDIUM).modelId()).isEqualTo(SONNET_45);
        }
        wire.verify(1, postRequestedFor(urlPathEqualTo(converse(SONNET_45))));
        wire.verify(2, postRequestedFor(urlPathEqualTo(converse(PROFILE))));
    }

    @Test
    void concurrentFirstCallsWarnOnceAndLaterCallsGoStraightToTheProfile() throws Exception {
        bareIdRefused();
        wire.stubFor(post(urlPathEqualTo(converse(PROFILE))).willReturn(storyAnswer(1)));
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
            int bareCalls = wire.findAll(postRequestedFor(urlPathEqualTo(converse(SONNET_45)))).size();
            provider.generate(request(provider, ModelTier.MEDIUM, 1));
            wire.verify(bareCalls, postRequestedFor(urlPathEqualTo(converse(SONNET_45))));
        } finally {
            System.setErr(originalErr);
        }
        wire.verify(17, postRequestedFor(urlPathEqualTo(converse(PROFILE))));
        assertThat(log.toString(StandardCharsets.UTF_8).split("no on-demand throughput", -1)).hasSize(2);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("WARN").contains("storyweave.bedrock.model.medium=" + PROFILE);
    }

    @Test
    void whenTheProfileFailsToTheErrorNamesBothIdsAndHowToConfigureAnArn() {
        bareIdRefused();
        wire.stubFor(post(urlPathEqualTo(converse(PROFILE)))
                .willReturn(error(400, "ValidationException", "The provided model identifier is invalid.")));
        try (BedrockModelProvider provider = provider(true)) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
            assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains(SONNET_45).contains(PROFILE).contains("both failed")
                    .contains("storyweave.bedrock.inferenceProfileArn").contains("STORYWEAVE_BEDROCK_MODEL_MEDIUM")
                    .contains("application-inference-profile");
        }
        wire.verify(1, postRequestedFor(urlPathEqualTo(converse(SONNET_45))));
        wire.verify(1, postRequestedFor(urlPathEqualTo(converse(PROFILE))));
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
        wire.verify(1, postRequestedFor(urlPathEqualTo(converse(SONNET_45))));
        wire.verify(0, postRequestedFor(urlPathEqualTo(converse(PROFILE))));
    }

    @Test
    void deniedProfileSaysAnOrganisationOrRegionPolicyMayBeTheCauseAndNamesBothIds() {
        bareIdRefused();
        wire.stubFor(post(urlPathEqualTo(converse(PROFILE))).willReturn(error(403, "AccessDeniedException",
                "User is not authorized to perform: bedrock:InvokeModel with an explicit deny in a service control policy")));
        try (BedrockModelProvider provider = provider(true)) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
            assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
            assertThat(e.getMessage()).contains(SONNET_45).contains(PROFILE).contains("organisation (SCP) or region policy");
        }
    }

    @Test
    void otherValidationErrorsAreNeverRetried() {
        wire.stubFor(post(urlPathEqualTo(converse(SONNET_45)))
                .willReturn(error(400, "ValidationException", "messages.0.content: field required")));
        try (BedrockModelProvider provider = provider(true)) {
            ModelProviderException e = catchThrowableOfType(ModelProviderException.class,
                    () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
            assertThat(e.kind()).isEqualTo(Kind.INVALID_REQUEST);
            assertThat(e.retryable()).isFalse();
            assertThat(e.errorCode()).isEqualTo("ValidationException");
            assertThat(e.requestId()).isEqualTo("req-ValidationException");
        }
        assertThat(wire.getAllServeEvents()).hasSize(1);
    }

    @Test
    void profileIdsAreNeverRewrittenEvenOnAnOnDemandMessage() {
        wire.stubFor(post(urlPathEqualTo(converse(PROFILE)))
                .willReturn(error(400, "ValidationException", onDemandMessage(PROFILE))));
        try (BedrockModelProvider provider = BedrockWire.provider(wire.baseUrl()).tierModel(ModelTier.MEDIUM, PROFILE)
                .build()) {
            catchThrowableOfType(ModelProviderException.class, () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
        }
        assertThat(wire.getAllServeEvents()).hasSize(1);
    }
}
