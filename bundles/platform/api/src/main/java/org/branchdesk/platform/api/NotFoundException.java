package org.branchdesk.platform.api;

/** An id that names nothing: answered as 404. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
