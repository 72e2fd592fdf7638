package org.branchdesk.platform.api;

/**
 * The caller has made too many requests of this kind for now (a rate limit): answered as 429
 * with a {@code Retry-After} of {@link #retryAfterSeconds()}.
 *
 * @since 1.3
 */
public class TooManyRequestsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyRequestsException(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** When the caller may try again, in whole seconds (at least 1). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
