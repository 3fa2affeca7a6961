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
        OTHER;

        /**
         * Whether a failure of this kind may pass if the call is repeated: StoryWeave decides this
         * for every provider, so all of them retry the same way.
         *
         * @return true for {@link #THROTTLED}, {@link #UNAVAILABLE} and {@link #TIMEOUT}
         */
        public boolean retryable() {
            return this == THROTTLED || this == UNAVAILABLE || this == TIMEOUT;
        }

        /**
         * The kind an HTTP status means when the service gave no error name the provider knows, so
         * a provider maps only its own service's error names and leaves the rest to this.
         *
         * @param status an HTTP status code
         * @return 429 THROTTLED, 408 TIMEOUT, 401 and 403 ACCESS_DENIED, 404 NOT_FOUND, 400 and 422
         *         INVALID_REQUEST, 5xx UNAVAILABLE, otherwise OTHER
         */
        public static Kind forHttpStatus(int status) {
            return switch (status) {
                case 429 -> THROTTLED;
                case 408 -> TIMEOUT;
                case 401, 403 -> ACCESS_DENIED;
                case 404 -> NOT_FOUND;
                case 400, 422 -> INVALID_REQUEST;
                default -> status >= 500 && status < 600 ? UNAVAILABLE : OTHER;
            };
        }
    }

    private final Kind kind;
    private final boolean retryable;
    private final String errorCode;
    private final String requestId;

    /**
     * @param message   what failed and what to do, with no secrets
     * @param kind      the classification
     * @param retryable whether the same call may succeed if repeated; departs from the kind's own answer
     *                  only for a reason the provider knows (prefer the constructor without it)
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

    /**
     * A failure retried as its kind says ({@link Kind#retryable()}); the usual way to report one.
     *
     * @param message   what failed, with the offending value and what to do; never a secret
     * @param kind      the classification
     * @param errorCode the service's error name or {@code HTTP <status>}, or {@code null}
     * @param requestId the service's request id, or {@code null}
     * @param cause     the underlying exception, or {@code null} (leave it out when its message holds secrets)
     */
    public ModelProviderException(String message, Kind kind, String errorCode, String requestId, Throwable cause) {
        this(message, kind, kind.retryable(), errorCode, requestId, cause);
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
