package org.branchdesk.customer.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: a bundle that registers one adds a section to every customer's unified
 * view; when the service goes, so does the section. Sections are ordered by
 * {@code service.ranking} (highest first). A section that throws does not break the view: it is
 * left out and the failure logged. Sections run on the request thread, so keep them quick.
 *
 * <p>Implementations read whatever they need through the APIs of other modules; the content
 * they return must be serialisable to JSON (records, maps, lists, strings, numbers). The view
 * has already audited the read of the customer.
 */
@ConsumerType
public interface CustomerViewSection {

    /** Stable id of the section, e.g. {@code segment-history}. */
    String id();

    /** Title shown to staff. */
    String title();

    /** The section's content for this customer, or empty to show no section for them. */
    Optional<Object> contribute(ViewContext context);
}
