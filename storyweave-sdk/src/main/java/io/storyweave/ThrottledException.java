package io.storyweave;

/**
 * The model kept throttling the calls (or stayed unavailable) through every configured attempt.
 * Slow down, raise the provider quota, or allow more attempts with
 * {@link RetryOptions.Builder#maxAttempts(int)}.
 */
public class ThrottledException extends ModelCallException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message   what failed and what to do
     * @param attempts  how many calls were made
     * @param errorCode the provider's last error code
     * @param requestId the provider's last request id, or {@code null}
     * @param cause     the last failure
     */
    public ThrottledException(String message, int attempts, String errorCode, String requestId, Throwable cause) {
        super(message, attempts, errorCode, requestId, cause);
    }
}
