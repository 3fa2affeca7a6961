package io.storyweave.dynamodb.internal;

import io.storyweave.StorageException;
import io.storyweave.spi.Secrets;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.Set;

/**
 * Turns AWS SDK failures into {@link StorageException}s that say what failed, where, and what to
 * do, so no caller ever has to catch an SDK type. Messages never carry credentials: AWS error
 * texts can quote a signed request, so they pass through {@link Secrets#redact(String)}.
 */
public final class AwsFailures {
    private static final Set<String> AUTH_CODES = Set.of("AccessDeniedException", "UnrecognizedClientException",
            "InvalidSignatureException", "ExpiredTokenException", "MissingAuthenticationTokenException",
            "IncompleteSignatureException", "InvalidClientTokenId", "SignatureDoesNotMatch");
    private static final Set<String> THROTTLE_CODES = Set.of("ProvisionedThroughputExceededException",
            "ThrottlingException", "RequestLimitExceeded", "TooManyRequestsException");
    private static final int MAX_DETAIL = 300;

    private final String where;

    /** @param where the region and endpoint in use, for messages (e.g. {@code region us-east-1}) */
    public AwsFailures(String where) {
        this.where = where;
    }

    /** @return the region and endpoint in use */
    public String where() {
        return where;
    }

    /**
     * @param what  what the store was doing, e.g. {@code write story 42}
     * @param table the table involved, or {@code null}
     * @param e     the SDK failure
     * @return the exception to throw
     */
    public StorageException storage(String what, String table, SdkException e) {
        return new StorageException(describe(what, table, e), e);
    }

    /**
     * @param what  what the store was doing
     * @param table the table involved, or {@code null}
     * @param e     the SDK failure
     * @return one sentence of what failed plus advice
     */
    public String describe(String what, String table, SdkException e) {
        return "DynamoDB (" + where + ") failed to " + what + (table == null ? "" : " in table " + table) + ": "
                + detail(e) + ". " + advice(e);
    }

    /**
     * @param e an SDK failure
     * @return what DynamoDB said (error code, status and message), without advice
     */
    public String reason(SdkException e) {
        return detail(e);
    }

    /**
     * @param e an SDK failure
     * @return whether the service asked for a retry (throttling or a server-side error); network
     *         failures are not included so a dead endpoint fails fast
     */
    public static boolean transientServiceError(SdkException e) {
        return e instanceof AwsServiceException s && (s.isThrottlingException() || s.statusCode() >= 500
                || THROTTLE_CODES.contains(code(s)));
    }

    /**
     * @param e an SDK failure
     * @return its AWS error code, or {@code null} for client-side failures
     */
    public static String code(SdkException e) {
        return e instanceof AwsServiceException s && s.awsErrorDetails() != null ? s.awsErrorDetails().errorCode() : null;
    }

    private static String detail(SdkException e) {
        String text;
        if (e instanceof AwsServiceException s) {
            String message = s.awsErrorDetails() != null ? s.awsErrorDetails().errorMessage() : s.getMessage();
            text = code(s) + " (HTTP " + s.statusCode() + ")" + (message == null ? "" : " " + message);
        } else if (e instanceof ApiCallAttemptTimeoutException || e instanceof ApiCallTimeoutException) {
            text = "no answer in time (" + e.getClass().getSimpleName() + ")";
        } else {
            text = rootCause(e);
        }
        text = Secrets.redact(text);
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root == e ? String.valueOf(message)
                : root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private String advice(SdkException e) {
        String code = code(e);
        if (code == null) {
            return "Check that DynamoDB is reachable there (the endpoint comes from storyweave.dynamodb.endpoint,"
                    + " AWS_ENDPOINT_URL_DYNAMODB or the region; check network access), or raise"
                    + " storyweave.dynamodb.timeout if it is only slow.";
        }
        if ("ResourceNotFoundException".equals(code)) {
            return "The table does not exist in this region and account: create it (storyweave tables create,"
                    + " createTablesIfMissing(true) or ensureTables()) or map the name with storyweave.dynamodb.*Table.";
        }
        if (AUTH_CODES.contains(code)) {
            return "Check the AWS credentials (AWS_PROFILE, AWS_ACCESS_KEY_ID, or the instance role) and that they"
                    + " allow the DynamoDB actions StoryWeave needs on its tables.";
        }
        if (THROTTLE_CODES.contains(code) || (e instanceof AwsServiceException s && s.isThrottlingException())) {
            return "DynamoDB is throttling: retry later, or use on-demand billing or more capacity.";
        }
        if ("ValidationException".equals(code)) {
            return "DynamoDB rejected the request: the table may not have the key schema StoryWeave expects"
                    + " (run storyweave tables status).";
        }
        if (e instanceof AwsServiceException s && s.statusCode() >= 500) {
            return "DynamoDB had a server-side error: retry later.";
        }
        return "See the AWS error code above.";
    }
}
