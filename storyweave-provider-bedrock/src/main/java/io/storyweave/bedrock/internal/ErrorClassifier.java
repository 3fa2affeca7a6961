package io.storyweave.bedrock.internal;

import io.storyweave.spi.ModelProviderException;
import io.storyweave.spi.ModelProviderException.Kind;
import io.storyweave.spi.Secrets;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.io.IOException;
import java.util.Locale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns whatever the AWS SDK threw into a classified {@link ModelProviderException}. Only
 * Bedrock's own error names (and the credential errors of AWS request signing) are mapped here;
 * any other answer is classified by its HTTP status with {@link Kind#forHttpStatus(int)}, and
 * whether it is retried follows from its kind ({@link Kind#retryable()}), as for every provider.
 * Error names are compared without regard to case because ConverseStream exception frames name
 * them in lower camel case ({@code throttlingException}) while HTTP errors use upper camel case.
 */
public final class ErrorClassifier {
    private static final Map<String, Kind> BEDROCK_ERRORS = bedrockErrors();

    private final CallerIdentity identity;
    private final String region;

    /**
     * @param identity learns the account and principal for access-denied messages
     * @param region   the client's region, for messages
     */
    public ErrorClassifier(CallerIdentity identity, String region) {
        this.identity = identity;
        this.region = region;
    }

    private static Map<String, Kind> bedrockErrors() {
        Map<String, Kind> kinds = new HashMap<>();
        kinds.put("throttlingexception", Kind.THROTTLED);
        for (String unavailable : List.of("modelnotreadyexception", "serviceunavailableexception",
                "internalserverexception", "modelstreamerrorexception")) {
            kinds.put(unavailable, Kind.UNAVAILABLE);
        }
        kinds.put("modeltimeoutexception", Kind.TIMEOUT);
        kinds.put("validationexception", Kind.INVALID_REQUEST);
        kinds.put("resourcenotfoundexception", Kind.NOT_FOUND);
        kinds.put("servicequotaexceededexception", Kind.QUOTA_EXCEEDED);
        // Bedrock's own refusal and the signing errors every AWS service gives for bad credentials.
        for (String denied : List.of("accessdeniedexception", "accessdenied", "unrecognizedclientexception",
                "invalidsignatureexception", "expiredtokenexception", "expiredtoken", "invalidclienttokenid",
                "incompletesignatureexception", "missingauthenticationtokenexception")) {
            kinds.put(denied, Kind.ACCESS_DENIED);
        }
        return Map.copyOf(kinds);
    }

    /**
     * @param failure what the SDK threw (possibly wrapped in a CompletionException)
     * @param modelId the id the call was made with
     * @return the classified failure
     */
    public ModelProviderException classify(Throwable failure, String modelId) {
        Throwable t = unwrap(failure);
        if (t instanceof ModelProviderException known) {
            return known;
        }
        if (t instanceof AwsServiceException e) {
            return service(e, modelId);
        }
        if (t instanceof ApiCallTimeoutException || t instanceof ApiCallAttemptTimeoutException
                || t instanceof TimeoutException) {
            return new ModelProviderException("The Bedrock call with " + modelId + " timed out ("
                    + Secrets.redact(t.getMessage()) + "); raise storyweave.bedrock.timeout if stories are long",
                    Kind.TIMEOUT, null, null, t);
        }
        if (hasCause(t, "jackson") || (t instanceof SdkClientException && !hasIoCause(t) && isUnmarshalling(t))) {
            return new ModelProviderException("Bedrock's answer for " + modelId + " could not be read (the HTTP body was"
                    + " malformed or cut off): " + Secrets.redact(t.getMessage()) + ". If an endpoint override or"
                    + " proxy is in use, check that it speaks the Bedrock Runtime protocol", Kind.MALFORMED_OUTPUT,
                    null, null, t);
        }
        if (hasIoCause(t)) {
            return new ModelProviderException("The connection to Bedrock broke or timed out while calling " + modelId
                    + ": " + describeIo(t), Kind.TIMEOUT, null, null, t);
        }
        if (t instanceof SdkClientException && String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT)
                .contains("credentials")) {
            return new ModelProviderException("No usable AWS credentials for Bedrock: "
                    + Secrets.redact(t.getMessage()) + ". Set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
                    + " or pass a credentials provider", Kind.ACCESS_DENIED, null, null, t);
        }
        return new ModelProviderException("The Bedrock call with " + modelId + " failed: " + t.getClass().getSimpleName()
                + ": " + Secrets.redact(t.getMessage()), Kind.OTHER, null, null, t);
    }

    /**
     * @param code   an error name as Bedrock sends it, or {@code null}
     * @param status the HTTP status
     * @return the kind Bedrock's name means, else the status's
     */
    public static Kind kindOf(String code, int status) {
        Kind named = code == null ? null : BEDROCK_ERRORS.get(code.toLowerCase(Locale.ROOT));
        return named != null ? named : Kind.forHttpStatus(status);
    }

    private ModelProviderException service(AwsServiceException e, String modelId) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : e.getMessage();
        int status = e.statusCode();
        Kind kind = kindOf(code, status);
        String shownCode = code == null ? "HTTP " + status : code + (status > 0 ? " (HTTP " + status + ")" : "");
        String shownMessage = Secrets.redact(message);
        String text = "Bedrock answered " + shownCode + " for " + modelId + ": " + shownMessage + advice(kind, modelId)
                + (e.requestId() == null ? "" : " [request id " + e.requestId() + "]");
        // When AWS quoted secrets back, the raw exception must not travel on as the cause either.
        boolean redacted = !shownMessage.equals(message == null ? "" : message);
        return new ModelProviderException(text, kind, code == null ? "HTTP " + status : code, e.requestId(),
                redacted ? null : e);
    }

    private String advice(Kind kind, String modelId) {
        return switch (kind) {
            case NOT_FOUND -> ". Check the model id or profile and that it is offered in " + region;
            case QUOTA_EXCEEDED -> ". Request a higher Bedrock quota for this model in " + region;
            case ACCESS_DENIED -> accessAdvice(modelId);
            default -> "";
        };
    }

    private String accessAdvice(String modelId) {
        String who = identity.describe()
                .map(w -> ". The credentials in use belong to " + w + "; check that this is the account you meant"
                        + " (AWS_PROFILE, cached or environment credentials)")
                .orElse(". The account and principal of the credentials could not be learned from STS");
        String policy = ModelIds.isProfileId(modelId) || ModelIds.isProfileArn(modelId)
                ? ". " + modelId + " is an inference profile that routes requests to several regions; an organisation"
                  + " (SCP) or region policy that allows only some regions may be the cause"
                : "";
        return who + ", that it may call bedrock:InvokeModel on this model in " + region
                + " and that model access is enabled" + policy;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasIoCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException && !c.getClass().getName().contains("jackson")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCause(Throwable t, String classNamePart) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getClass().getName().contains(classNamePart)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUnmarshalling(Throwable t) {
        String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("unmarshal") || message.contains("parse");
    }

    private static String describeIo(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return c.getClass().getSimpleName()
                        + (c.getMessage() == null ? "" : ": " + Secrets.redact(c.getMessage()));
            }
        }
        return Secrets.redact(t.getMessage());
    }

    /**
     * @param e      a classified failure
     * @param prefix text to put in front of its message
     * @param suffix text to put after it
     * @return the same classification with the longer message
     */
    public static ModelProviderException reword(ModelProviderException e, String prefix, String suffix) {
        return new ModelProviderException(prefix + e.getMessage() + suffix, e.kind(), e.retryable(), e.errorCode(),
                e.requestId(), e.getCause() == null ? e : e.getCause());
    }
}
