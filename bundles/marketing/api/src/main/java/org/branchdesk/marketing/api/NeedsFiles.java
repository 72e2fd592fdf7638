package org.branchdesk.marketing.api;

import java.util.Optional;

import org.branchdesk.platform.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/** Customers' needs files, for their manager and the centre head; reads and changes are audited. */
@ProviderType
public interface NeedsFiles {

    Optional<Needs> needs(String customerId, Caller caller);

    /** Replaces the customer's needs file. */
    Needs put(String customerId, NeedsInput input, Caller caller);
}
