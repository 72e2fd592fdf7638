package org.branchdesk.platform.core.internal;

/** A login refused before its password was looked at: too many failures of its username or address. */
public final class LoginThrottledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    LoginThrottledException(long waitMillis) {
        super("too many failed logins: try again later");
        this.retryAfterSeconds = Math.max(1, (waitMillis + 999) / 1000);
    }

    /** Whole seconds until the next attempt may succeed, at least 1: the Retry-After of the answer. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
