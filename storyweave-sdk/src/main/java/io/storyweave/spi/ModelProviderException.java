package io.storyweave.spi;

import io.storyweave.StoryWeaveException;

/**
 * A provider's classified failure. The core retries it when {@link #retryable()} is true and
 * turns it into the public exception that fits its {@link Kind} when it gives up.
 */
public class ModelProviderException extends StoryWeaveException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure it was. */
    public enum Kind {
        /** Rate limited; retry later. */
        THROTTLED,
        /** The service or model is temporarily unavailable or failed internally. */
        UNAVAILABLE,
        /** The call timed out or the connection broke. */
        TIMEOUT,
        /** The request was invalid; retrying cannot help. */
        INVALID_REQUEST,
        /** The credentials may not use this model. */
        ACCESS_DENIED,
        /** The model or profile does not exist. */
        NOT_FOUND,
        /** A quota was exceeded; raise it. */
        QUOTA_EXCEEDED,
        /** The output did not fit the token budget even after a larger one. */
        OUTPUT_LIMIT,
        /** A guardrail or content filter blocked the output. */
        CONTENT_BLOCKED,
        /** The answer was not the structured output asked for. */
        MALFORMED_OUTPUT,
        /** Anything else. */
        OTHER
    }

    private final Kind kind;
    private final boolean retryable;
    private final String errorCode;
    private final String requestId;

    /**
     * @param message   what failed and what to do, with no secrets
     * @param kind      the classification
     * @param retryable whether the same call may succeed if repeated
     * @param errorCode the service's error code, or {@code null}
     * @param requestId the service's request id, or {@code null}
     * @param cause     the underlying failure, or {@code null}
     */
    public ModelProviderException(String message, Kind kind, boolean retryable, String errorCode, String requestId,
                                  Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryable = retryable;
        this.errorCode = errorCode;
        this.requestId = requestId;
    }

    /** @return the classification */
    public Kind kind() {
        return kind;
    }

    /** @return whether repeating the call may succeed */
    public boolean retryable() {
        return retryable;
    }

    /** @return the service's error code, or {@code null} */
    public String errorCode() {
        return errorCode;
    }

    /** @return the service's request id, or {@code null} */
    public String requestId() {
        return requestId;
    }
}
