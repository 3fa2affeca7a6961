package io.storyweave;

/**
 * The model could not be called successfully: retries were exhausted, or the failure was not
 * retryable (access denied, model not found, invalid request, quota). The message says how many
 * attempts were made and the last error code and request id reported by the provider.
 */
public class ModelCallException extends StoryWeaveException {
    private static final long serialVersionUID = 1L;
    private final int attempts;
    private final String errorCode;
    private final String requestId;

    /**
     * @param message   what failed and what to do
     * @param attempts  how many calls were made
     * @param errorCode the provider's last error code, or {@code null}
     * @param requestId the provider's last request id, or {@code null}
     * @param cause     the last failure
     */
    public ModelCallException(String message, int attempts, String errorCode, String requestId, Throwable cause) {
        super(message, cause);
        this.attempts = attempts;
        this.errorCode = errorCode;
        this.requestId = requestId;
    }

    /** @return how many model calls were made before giving up */
    public int attempts() {
        return attempts;
    }

    /** @return the provider's last error code (e.g. {@code ThrottlingException}), or {@code null} */
    public String errorCode() {
        return errorCode;
    }

    /** @return the provider's last request id, or {@code null} when none was reported */
    public String requestId() {
        return requestId;
    }
}
