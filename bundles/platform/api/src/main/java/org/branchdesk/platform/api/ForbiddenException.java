package org.branchdesk.platform.api;

/**
 * The caller is known but may not do this to this record (beyond what their roles allow on the
 * endpoint): answered as 403.
 *
 * @since 1.1
 */
public class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
