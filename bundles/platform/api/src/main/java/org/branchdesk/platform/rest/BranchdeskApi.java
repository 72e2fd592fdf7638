package org.branchdesk.platform.rest;

/**
 * Names for joining the Branchdesk JAX-RS application. A resource of any bundle joins it with
 * <pre>
 * &#64;Component(service = MyResource.class)
 * &#64;JaxrsResource
 * &#64;JaxrsApplicationSelect(BranchdeskApi.APPLICATION_SELECT)
 * &#64;Path("my-things")
 * </pre>
 * and is then served under {@code /api/my-things}, with authentication, JSON and problem
 * responses applied.
 */
public final class BranchdeskApi {

    /** {@code osgi.jaxrs.name} of the application. */
    public static final String APPLICATION_NAME = "branchdesk";

    /** Filter for {@code osgi.jaxrs.application.select}. */
    public static final String APPLICATION_SELECT = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";

    /** Base path of the application. */
    public static final String BASE = "api";

    /**
     * Manifest header naming the module a bundle belongs to (e.g. {@code customer}). The health
     * endpoint lists active modules and reports ready only once each one's resources are served.
     */
    public static final String MODULE_HEADER = "Branchdesk-Module";

    /** Media type of error responses (RFC 9457). */
    public static final String PROBLEM_JSON = "application/problem+json";

    private BranchdeskApi() {
    }
}
