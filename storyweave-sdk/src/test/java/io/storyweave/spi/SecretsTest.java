package io.storyweave.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one redactor: every token shape AWS quotes back goes, ordinary text and identities stay. */
class SecretsTest {
    private static final String SHORT_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDtokenvalue";
    private static final String LONG_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLE" + "Ab1/".repeat(90) + "==";
    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "x-amz-security-token:%s",
        "X-Amz-Security-Token=%s&X-Amz-Date=20261125T101500Z",
        "request sent with token=%s)",
        "aws_session_token = %s",
        "AWS_SESSION_TOKEN=%s",
        "{\"SessionToken\": \"%s\"}",
        "<Credentials><SessionToken>%s</SessionToken></Credentials>",
        "sessionToken='%s'"})
    void aTokenNamedByItsContextIsRemovedWhateverItsLength(String shape) {
        for (String token : new String[] {SHORT_TOKEN, LONG_TOKEN, "Ab12Cd34"}) {
            String text = "The canonical request was " + shape.formatted(token) + " and nothing else";

            String redacted = Secrets.redact(text);

            assertThat(redacted).doesNotContain(token).contains(Secrets.REDACTED)
                    .startsWith("The canonical request was ").endsWith(" and nothing else");
        }
    }

    @Test
    void aCanonicalRequestQuotedByAnInvalidSignatureAnswerKeepsItsShapeButLosesTheTokenAndKeyId() {
        String message = "The request signature we calculated does not match the signature you provided.\n\n"
                + "The Canonical String for this request should have been\n'POST\n/model/x/converse\n\n"
                + "host:bedrock-runtime.us-east-1.amazonaws.com\nx-amz-date:20261125T101500Z\n"
                + "x-amz-security-token:" + SHORT_TOKEN + "\n\nhost;x-amz-date;x-amz-security-token\n"
                + "9a3f1c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809'\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=ASIAQ3EGUXK7ZTFPW4XN/20261125/us-east-1/bedrock/"
                + "aws4_request, SignedHeaders=host;x-amz-date,"
                + " Signature=4e1c9b2a7d3f5e6c8b0a1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a";

        String redacted = Secrets.redact(message);

        assertThat(redacted).doesNotContain(SHORT_TOKEN).doesNotContain("ASIAQ3EGUXK7ZTFPW4XN")
                .doesNotContain("4e1c9b2a7d3f5e6c8b0a").contains("x-amz-security-token:[redacted]")
                .contains("Credential=****W4XN/20261125").contains("Signature=[redacted]")
                .contains("The request signature we calculated does not match the signature you provided.");
    }

    @Test
    void bareSecretKeysAndLongTokensAreRemovedWithoutAnyName() {
        String redacted = Secrets.redact("keys " + SECRET_KEY + " and " + LONG_TOKEN + " end");

        assertThat(redacted).isEqualTo("keys [redacted] and [redacted] end");
    }

    @Test
    void accessKeyIdsAreMaskedToTheirLastFourCharacters() {
        assertThat(Secrets.redact("The security token for AKIAIOSFODNN7EXAMPLE is invalid"))
                .isEqualTo("The security token for ****MPLE is invalid");
        assertThat(Secrets.maskAccessKeyId("AKIAIOSFODNN7EXAMPLE")).isEqualTo("****MPLE");
        assertThat(Secrets.maskAccessKeyId("ABC")).isEqualTo("****");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Bedrock answered ThrottlingException (HTTP 429) for anthropic.claude-3-5-sonnet-20241022-v2:0",
        "account 296062573602, ARN arn:aws:iam::296062573602:user/Sami, user id AIDAUSERSAMI1234",
        "cache key 9a3f1c0e5b7d2a4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f708192a3b4c5d6e7f809 in table StoryWeave-Cache",
        "tokens 812 in, 164 out; the security token included in the request is invalid",
        "story 5f0c2a1e-8b7d-4c3e-9f1a-2b3c4d5e6f70 at software/amazon/awssdk/core/internal/http/pipeline/StageHelper",
        "Mia can see a big red sun. Mia takes a deep breath. Can you see it too? 🚀 Ünïcødé 日本語"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(Secrets.redact(text)).isEqualTo(text);
    }

    @Test
    void nothingBecomesEmpty() {
        assertThat(Secrets.redact(null)).isEmpty();
    }
}
