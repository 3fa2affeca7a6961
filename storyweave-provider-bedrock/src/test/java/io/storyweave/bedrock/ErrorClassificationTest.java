package io.storyweave.bedrock;

import com.github.tomakehurst.wiremock.http.Fault;
import io.storyweave.ModelTier;
import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.testing.bedrock.BedrockStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.storyweave.bedrock.BedrockFixtures.request;
import static io.storyweave.testing.bedrock.BedrockAnswers.SONNET_35;
import static io.storyweave.testing.bedrock.BedrockAnswers.conversePath;
import static io.storyweave.testing.bedrock.BedrockAnswers.error;
import static io.storyweave.testing.bedrock.BedrockAnswers.ok;
import static io.storyweave.testing.bedrock.BedrockAnswers.story;
import static io.storyweave.testing.bedrock.BedrockAnswers.stsIdentity;
import static io.storyweave.testing.bedrock.BedrockStandIn.wire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ErrorClassificationTest {
    @RegisterExtension
    static BedrockStandIn bedrock = BedrockStandIn.create();

    private ModelProviderException failure(BedrockModelProvider.Builder builder) {
        try (BedrockModelProvider provider = builder.build()) {
            return catchThrowableOfType(ModelProviderException.class, () -> provider.generate(request(provider, ModelTier.MEDIUM, 1)));
        }
    }

    private ModelProviderException failureFor(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).willReturn(answer));
        return failure(BedrockFixtures.provider(bedrock.url()));
    }

    @ParameterizedTest
    @CsvSource({
        "429, ThrottlingException, THROTTLED, true",
        "429, ModelNotReadyException, UNAVAILABLE, true",
        "503, ServiceUnavailableException, UNAVAILABLE, true",
        "500, InternalServerException, UNAVAILABLE, true",
        "408, ModelTimeoutException, TIMEOUT, true",
        "400, ValidationException, INVALID_REQUEST, false",
        "404, ResourceNotFoundException, NOT_FOUND, false",
        "400, ServiceQuotaExceededException, QUOTA_EXCEEDED, false",
        "424, ModelErrorException, OTHER, false",
        "400, SomeFutureException, INVALID_REQUEST, false",
        "404, SomeFutureException, NOT_FOUND, false",
        "502, SomeFutureException, UNAVAILABLE, true",
        "429, SomeFutureException, THROTTLED, true"})
    void bedrocksErrorNamesAreClassifiedOthersByStatusAndAllCarryCodeAndRequestId(int status, String code, Kind kind, boolean retryable) {
        ModelProviderException e = failureFor(wire(error(status, code, "details from Bedrock")));
        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.retryable()).isEqualTo(retryable);
        assertThat(e.errorCode()).isEqualTo(code);
        assertThat(e.requestId()).isEqualTo("req-" + code);
        assertThat(e.getMessage()).contains(code).contains("details from Bedrock").contains(SONNET_35)
                .doesNotContain(BedrockStandIn.SECRET_ACCESS_KEY).doesNotContain(BedrockStandIn.ACCESS_KEY_ID);
        assertThat(bedrock.server().getAllServeEvents()).as("the AWS SDK must not retry on its own").hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"500", "502", "503"})
    void serverErrorsWithoutAKnownCodeAreRetryable(int status) {
        ModelProviderException e = failureFor(aResponse().withStatus(status).withBody("<html>bad gateway</html>"));
        assertThat(e.retryable()).isTrue();
        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
        assertThat(bedrock.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void accessDeniedNamesTheAccountAndPrincipalFromSts() {
        bedrock.stubFor(post(urlPathEqualTo("/"))
                .withRequestBody(containing("Action=GetCallerIdentity"))
                .willReturn(wire(stsIdentity("296062573602", "arn:aws:iam::296062573602:user/Sami"))));
        ModelProviderException e = failureFor(wire(error(403, "AccessDeniedException",
                "You don't have access to the model with the specified model ID.")));
        assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("account 296062573602").contains("arn:aws:iam::296062573602:user/Sami")
                .contains("You don't have access").doesNotContain(BedrockStandIn.SECRET_ACCESS_KEY)
                .doesNotContain(BedrockStandIn.ACCESS_KEY_ID);
        bedrock.server().verify(1, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Version=2011-06-15"))
                .withHeader("Authorization", containing("Credential=" + BedrockStandIn.ACCESS_KEY_ID + "/")));
    }

    @Test
    void accessDeniedStillExplainsItselfWhenStsFails() {
        bedrock.stubFor(post(urlPathEqualTo("/")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ModelProviderException e = failureFor(wire(error(403, "UnrecognizedClientException",
                "The security token included in the request is invalid.")));
        assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
        assertThat(e.getMessage()).contains("could not be learned from STS").contains("security token");
    }

    @Test
    void signatureErrorQuotingTheSessionTokenIsRedactedEverywhereInTheChain() {
        String token = "IQoJb3JpZ2luX2VjEXAMPLE" + "Ab1".repeat(60);
        ModelProviderException e = failureFor(wire(error(403, "InvalidSignatureException", "The request signature we"
                + " calculated does not match the signature you provided.\n\nThe Canonical String for this request"
                + " should have been\n'POST\n/model/x/converse\n\nx-amz-security-token:" + token + "\n'"
                + " Credential=" + BedrockStandIn.ACCESS_KEY_ID + "/20261125/us-east-1/bedrock/aws4_request")));
        assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(token.substring(0, 40))
                    .doesNotContain(BedrockStandIn.ACCESS_KEY_ID);
        }
        assertThat(e.getMessage()).contains("signature").contains("[redacted]");
    }

    @Test
    void aShortSessionTokenQuotedAfterTokenIsRedactedAndTheRawAnswerIsNotKeptAsTheCause() {
        String token = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDshort";
        ModelProviderException e = failureFor(wire(error(403, "InvalidSignatureException", "The request signature we"
                + " calculated does not match the signature you provided. (request sent with token=" + token + ")")));

        assertThat(e.getMessage()).doesNotContain(token).contains("token=[redacted]");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void connectionResetIsARetryableTimeout() {
        ModelProviderException e = failureFor(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).contains("connection to Bedrock broke");
    }

    @Test
    void readTimeoutBeyondTheConfiguredTimeoutIsRetryable() {
        bedrock.stubFor(post(urlPathEqualTo(conversePath(SONNET_35))).willReturn(wire(story(1))
                .withFixedDelay(1500)));
        // The stub would answer with a story after 1.5 s; a TIMEOUT failure proves the 300 ms limit cut it off.
        ModelProviderException e = failure(BedrockFixtures.provider(bedrock.url()).apiCallTimeout(Duration.ofMillis(300)));
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void malformedBodyGivesAClearError() {
        ModelProviderException e = failureFor(wire(ok("{\"output\":{\"message\":{\"role\":\"assistant\",\"con")));
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED_OUTPUT);
        assertThat(e.getMessage()).contains("could not be read").contains(SONNET_35);
    }

    @Test
    void bodyCutOffMidTransferIsARetryableBrokenConnection() {
        ModelProviderException e = failureFor(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        assertThat(e.retryable()).isTrue();
        assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
    }

    @Test
    void unreachableEndpointIsRetryable() {
        ModelProviderException e = failure(BedrockFixtures.provider("http://127.0.0.1:1")
                .stsEndpointOverride(URI.create("http://127.0.0.1:1")));
        assertThat(e.retryable()).isTrue();
        assertThat(e.getMessage()).doesNotContain(BedrockStandIn.SECRET_ACCESS_KEY);
    }
}
